using System.Text.Json.Nodes;
using CrmSite.Content.Recipes;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Recipes;

public abstract class OrchardSampleTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableTheory]
    // Every feature the dynamic-content-type sample enables has a module here; the Lucene sample names some that do not.
    [InlineData("dynamic-content-type.recipe.json", "Product", 2, false)]
    [InlineData("lucene-query.recipe.json", "Article", 4, true)]
    public async Task Import_SucceedsAndIsIdempotent_WarningOfUnavailableFeatures_ForOrchardSamples(string sample, string type, int minimumItems, bool unavailableFeatures)
    {
        var json = await File.ReadAllTextAsync(RepositoryFiles.OrchardSample(sample));

        var first = await Site.ImportAsync(json, sample);
        var afterFirst = await Site.SnapshotAsync();
        var second = await Site.ImportAsync(json, sample);
        var afterSecond = await Site.SnapshotAsync();

        Assert.Equal(unavailableFeatures, first.Warnings.Any(w => w.Contains("OrchardCore.", StringComparison.Ordinal) && w.Contains("not available", StringComparison.Ordinal)));
        Assert.True(first.Items.Values.Sum() >= minimumItems, string.Join(", ", first.Items));
        Assert.Equal(afterFirst.Versions, afterSecond.Versions);
        Assert.Equal(afterFirst.Tasks, afterSecond.Tasks);
        Assert.Equal(second.Items.Values.Sum(), second.Items.GetValueOrDefault("Unchanged"));
        var stored = await Site.WithStoreAsync(db => db.ContentItems.CountAsync(v => v.ContentType == type && v.Latest));
        Assert.True(stored >= minimumItems, $"{stored} {type} items stored");
    }

    [SkippableFact]
    public async Task Import_CreatesTheIndexProfile_ForLuceneIndexStep()
    {
        var json = await File.ReadAllTextAsync(RepositoryFiles.OrchardSample("lucene-query.recipe.json"));

        var result = await Site.ImportAsync(json, "lucene-query.recipe.json");

        Assert.DoesNotContain(result.Warnings, w => w.Contains("lucene-index", StringComparison.Ordinal));
        var profiles = await Site.WithStoreAsync(db => db.Documents.Where(d => d.Name == "LuceneIndexes").Select(d => d.Content).SingleAsync());
        Assert.Contains("\"ArticleIndex\"", profiles, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Export_ImportsIntoEmptySiteToEqualContent_ForSampleTypes()
    {
        foreach (var sample in new[] { "dynamic-content-type.recipe.json", "lucene-query.recipe.json" })
        {
            await Site.ImportAsync(await File.ReadAllTextAsync(RepositoryFiles.OrchardSample(sample)), sample);
        }
        string[] types = ["Product", "NumberType", "StringType", "TwoNumbersType", "Article"];
        var exported = await Export(Site, types);
        using var empty = new SiteFactory(fixture.Provider);

        await empty.ImportAsync(exported.ToJsonString(), "export.recipe.json");
        var reexported = await Export(empty, types);

        var original = Items(exported);
        var copy = Items(reexported);
        Assert.NotEmpty(original);
        Assert.Equal(original.Keys.Order(), copy.Keys.Order());
        foreach (var (versionId, item) in original)
        {
            Assert.True(JsonNode.DeepEquals(Comparable(item), Comparable(copy[versionId])), $"{versionId}: {item} vs {copy[versionId]}");
        }
        Assert.True(JsonNode.DeepEquals(exported["steps"]![0], reexported["steps"]![0]), "definitions round-trip");
    }

    private static async Task<JsonObject> Export(SiteFactory site, string[] types)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RecipeExporter>().ExportAsync(types, CancellationToken.None);
    }

    private static Dictionary<string, JsonObject> Items(JsonObject recipe) =>
        recipe["steps"]![1]!["data"]!.AsArray().Select(i => i!.AsObject())
            .ToDictionary(i => i["ContentItemVersionId"]!.GetValue<string>());

    // Modified dates and authors describe the import itself, not the content.
    private static JsonObject Comparable(JsonObject item)
    {
        var copy = item.DeepClone().AsObject();
        copy.Remove("ModifiedUtc");
        copy.Remove("Author");
        copy.Remove("Owner");
        return copy;
    }
}

public sealed class OrchardSampleSqliteTests(SqliteSite fixture) : OrchardSampleTests(fixture), IClassFixture<SqliteSite>;

public sealed class OrchardSamplePostgresTests(PostgresSite fixture) : OrchardSampleTests(fixture), IClassFixture<PostgresSite>;
