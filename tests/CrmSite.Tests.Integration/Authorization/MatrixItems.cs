using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>
/// Stores the items of the matrix straight through the content manager (no caller's rights involved), with the
/// owner and versions their kind names, and reads back what an operation left.
/// </summary>
public sealed class MatrixItems(SiteFactory site, string run)
{
    private int _count;

    /// <summary>A word in every title of this run, to wait for the search index.</summary>
    public string RunToken => "mxrun" + run;

    public async Task<MatrixTarget> CreateAsync(MatrixItem item, string owner) => (await CreateAsync([(item, owner)]))[0];

    /// <summary>
    /// Stores <paramref name="items"/> in one transaction: one commit rather than one per item keeps the matrix
    /// fast on a store that syncs every commit to disk.
    /// </summary>
    public async Task<IReadOnlyList<MatrixTarget>> CreateAsync(IReadOnlyList<(MatrixItem Item, string Owner)> items)
    {
        using var scope = site.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ContentActor>().ActAs(null, "matrix");
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        await using var transaction = await scope.ServiceProvider.GetRequiredService<CrmSiteDbContext>().Database.BeginTransactionAsync();
        var targets = new List<MatrixTarget>();
        foreach (var (item, owner) in items)
        {
            targets.Add(await CreateAsync(content, item, owner));
        }
        await transaction.CommitAsync();
        return targets;
    }

    private async Task<MatrixTarget> CreateAsync(ContentManager content, MatrixItem item, string owner)
    {
        var token = $"mx{run}n{Interlocked.Increment(ref _count):D5}";
        // Parsed from text, as every caller's item is: the validators read JSON numbers, not boxed CLR values.
        var data = (JsonObject)JsonNode.Parse(New(item, $"Matrix {RunToken} {token}", token).ToJsonString())!;
        var created = await content.CreateAsync(new ContentItem(data) { Owner = owner }, publish: item.State != ItemState.Draft);
        Assert.True(created.Succeeded, $"{item.Name}: {string.Join(" ", created.Errors.Select(e => e.Message))}");
        var latest = created.Item!;
        if (item.State == ItemState.PublishedWithDraft)
        {
            var draft = latest.Clone();
            draft.Data["TitlePart"] = new JsonObject { ["Title"] = $"Matrix {RunToken} {token} draft" };
            var saved = await content.UpdateAsync(draft, latest.ContentItemVersionId, publish: false);
            Assert.True(saved.Succeeded, $"{item.Name}: {string.Join(" ", saved.Errors.Select(e => e.Message))}");
            latest = saved.Item!;
        }
        return new MatrixTarget(item, latest.ContentItemId, token, (JsonObject)JsonNode.Parse(latest.ToJson())!);
    }

    /// <summary>The latest and published version ids of an item, to tell whether a denied operation changed it.</summary>
    public Task<(string? Latest, string? Published)> VersionsAsync(string contentItemId) => site.WithStoreAsync(async db =>
    {
        var reader = new ContentReader(db);
        return ((await reader.GetAsync(contentItemId, VersionOptions.Latest))?.ContentItemVersionId,
            (await reader.GetAsync(contentItemId, VersionOptions.Published))?.ContentItemVersionId);
    });

    private static JsonObject New(MatrixItem item, string title, string token)
    {
        JsonObject Chapters() => new JsonObject { ["ContentItemIds"] = new JsonArray(item.Chapter ?? throw new ArgumentException(item.Type + " items belong to a chapter", nameof(item))) };
        var data = new JsonObject
        {
            ["ContentType"] = item.Type,
            ["TitlePart"] = new JsonObject { ["Title"] = title },
        };
        data[item.Type] = item.Type switch
        {
            "FactSheet" => new JsonObject
            {
                ["Summary"] = new JsonObject { ["Text"] = "Births registered in the province, by district." },
                ["Topics"] = new JsonObject { ["TaxonomyContentItemId"] = "taxonomytopics", ["TermContentItemIds"] = new JsonArray("topiceducation") },
                ["Chapter"] = Chapters(),
                ["Year"] = new JsonObject { ["Value"] = 2024 },
                ["Source"] = new JsonObject { ["Url"] = "https://www.pbs.gov.pk/", ["Text"] = "Pakistan Bureau of Statistics" },
                ["ReviewBy"] = new JsonObject { ["Value"] = "2027-06-30" },
            },
            "Member" => new JsonObject
            {
                ["Profession"] = new JsonObject { ["Text"] = "lawyer" },
                ["Chapters"] = Chapters(),
                ["Email"] = new JsonObject { ["Text"] = "member@example.org" },
            },
            _ => new JsonObject
            {
                ["Kind"] = new JsonObject { ["Text"] = "alternative-report" },
                ["Link"] = new JsonObject { ["Url"] = "https://example.org/" + token, ["Text"] = "A report" },
            },
        };
        if (item.Type == "FactSheet")
        {
            data["AutoroutePart"] = new JsonObject { ["Path"] = "matrix-" + token };
            data["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = "Figures by district." };
            data["LocalizationPart"] = new JsonObject { ["Culture"] = "en" };
        }
        return data;
    }
}
