using System.Net;
using System.Text.Json.Nodes;
using CrmSite.Content.Management;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// An editor scoped to Punjab works on Punjab's fact sheets through GraphQL and cannot touch Sindh's: the
/// mutations go through the same authorizer as the REST API, with the stored versions and the change checked.
/// </summary>
public abstract class MutationChapterScopeTests(SiteFixture fixture)
{
    private const string Punjab = "chapterpunjab";
    private const string Sindh = "chaptersindh";

    private const string SaveDraft = "mutation Save($item: String!) { saveDraft(contentItem: $item) { contentItemId contentItemVersionId published ... on FactSheet { year } } }";
    private const string Publish = "mutation Publish($id: String!) { publish(contentItemId: $id) { contentItemId published } }";

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task ScopedEditor_SavesAndPublishesOwnChaptersFactSheet()
    {
        var sheet = await CreateDraftAsync("Punjab birth registration", Punjab);
        using var editor = await MutationRequests.SignInAsync(Site, ["Editor"], Punjab);
        var change = FactSheet("Punjab birth registration", Punjab, year: 2025);
        change["ContentItemId"] = Pages.Id(sheet);

        var (saveStatus, saveBody) = await MutationRequests.PostAsync(editor, SaveDraft, Item(change));
        var (publishStatus, publishBody) = await MutationRequests.PostAsync(editor, Publish, new JsonObject { ["id"] = Pages.Id(sheet) });

        Assert.Equal(HttpStatusCode.OK, saveStatus);
        Assert.Equal(2025, MutationRequests.Data(saveBody, "saveDraft")["year"]!.GetValue<decimal>());
        Assert.Equal(HttpStatusCode.OK, publishStatus);
        Assert.True(MutationRequests.Data(publishBody, "publish")["published"]!.GetValue<bool>());
        var published = await MutationRequests.StoredAsync(Site, Pages.Id(sheet), VersionOptions.Published);
        Assert.Equal(2025m, published?.Part("FactSheet")?["Year"]?["Value"]?.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task ScopedEditor_Gets403AndWritesNothing_WhenSavingOrPublishingAnotherChaptersFactSheet()
    {
        var sheet = await CreateDraftAsync("Sindh birth registration", Sindh);
        using var editor = await MutationRequests.SignInAsync(Site, ["Editor"], Punjab);
        var change = FactSheet("Sindh birth registration, edited from Punjab", Sindh, year: 2025);
        change["ContentItemId"] = Pages.Id(sheet);
        var before = await MutationRequests.VersionCountAsync(Site);

        var (saveStatus, saveBody) = await MutationRequests.PostAsync(editor, SaveDraft, Item(change));
        var (publishStatus, publishBody) = await MutationRequests.PostAsync(editor, Publish, new JsonObject { ["id"] = Pages.Id(sheet) });

        Assert.Equal(HttpStatusCode.Forbidden, saveStatus);
        Assert.Contains("EditContent", MutationRequests.Error(saveBody, "ACCESS_DENIED")["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, publishStatus);
        Assert.Contains("PublishContent", MutationRequests.Error(publishBody, "ACCESS_DENIED")["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await MutationRequests.VersionCountAsync(Site));
        Assert.Null(await MutationRequests.StoredAsync(Site, Pages.Id(sheet), VersionOptions.Published));
        Assert.Equal(Pages.VersionId(sheet), (await MutationRequests.StoredAsync(Site, Pages.Id(sheet), VersionOptions.Latest))?.ContentItemVersionId);
    }

    [SkippableFact]
    public async Task ScopedEditor_Gets403_WhenMovingOwnChaptersFactSheetToAnotherChapter()
    {
        var sheet = await CreateDraftAsync("Punjab sheet to move", Punjab);
        using var editor = await MutationRequests.SignInAsync(Site, ["Editor"], Punjab);
        var moved = FactSheet("Punjab sheet to move", Sindh);
        moved["ContentItemId"] = Pages.Id(sheet);

        var (status, body) = await MutationRequests.PostAsync(editor, SaveDraft, Item(moved));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        MutationRequests.Error(body, "ACCESS_DENIED");
        Assert.Equal(Pages.VersionId(sheet), (await MutationRequests.StoredAsync(Site, Pages.Id(sheet), VersionOptions.Latest))?.ContentItemVersionId);
    }

    [SkippableFact]
    public async Task ScopedEditor_Gets403_WhenCreatingFactSheetForAnotherChapter()
    {
        using var editor = await MutationRequests.SignInAsync(Site, ["Editor"], Punjab);
        var before = await MutationRequests.VersionCountAsync(Site);

        var (status, body) = await MutationRequests.PostAsync(editor, SaveDraft, Item(FactSheet("New Sindh sheet", Sindh)));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        MutationRequests.Error(body, "ACCESS_DENIED");
        Assert.Equal(before, await MutationRequests.VersionCountAsync(Site));
    }

    private async Task<JsonObject> CreateDraftAsync(string title, string chapter)
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        return await Pages.CreateAsync(admin, FactSheet(title, chapter), draft: true);
    }

    /// <summary>A fact sheet with every required field, for <paramref name="chapter"/>.</summary>
    private static JsonObject FactSheet(string title, string chapter, int year = 2024) => new()
    {
        ["ContentType"] = "FactSheet",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["FactSheet"] = new JsonObject
        {
            ["Summary"] = new JsonObject { ["Text"] = "Births registered in the province, by district." },
            ["Topics"] = new JsonObject { ["TaxonomyContentItemId"] = "taxonomytopics", ["TermContentItemIds"] = new JsonArray("topiceducation") },
            ["Chapter"] = new JsonObject { ["ContentItemIds"] = new JsonArray(chapter) },
            ["Year"] = new JsonObject { ["Value"] = year },
            ["Source"] = new JsonObject { ["Url"] = "https://www.pbs.gov.pk/", ["Text"] = "Pakistan Bureau of Statistics" },
            ["ReviewBy"] = new JsonObject { ["Value"] = "2027-06-30" },
        },
        ["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = "Figures by district." },
        ["LocalizationPart"] = new JsonObject { ["Culture"] = "en" },
    };

    private static JsonObject Item(JsonObject item) => new() { ["item"] = item.ToJsonString() };
}

public sealed class MutationChapterScopeSqliteTests(SqliteSite fixture) : MutationChapterScopeTests(fixture), IClassFixture<SqliteSite>;

public sealed class MutationChapterScopePostgresTests(PostgresSite fixture) : MutationChapterScopeTests(fixture), IClassFixture<PostgresSite>;
