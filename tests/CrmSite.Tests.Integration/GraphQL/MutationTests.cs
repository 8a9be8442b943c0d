using System.Net;
using System.Text.Json.Nodes;
using CrmSite.Content.Management;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// <c>saveDraft</c>, <c>publish</c> and <c>unpublish</c>: who may run them, what they write, and the errors they
/// answer with (INVALID, STALE, NOT_FOUND, ACCESS_DENIED as 401/403, antiforgery as 400).
/// </summary>
public abstract class MutationTests(SiteFixture fixture)
{
    private const string SaveDraft = """
        mutation Save($item: String!) { saveDraft(contentItem: $item) { contentItemId contentItemVersionId contentType displayText published latest
          ... on Page { markdownBody { markdown } } } }
        """;

    private const string Publish = "mutation Publish($id: String!, $version: String) { publish(contentItemId: $id, contentItemVersionId: $version) { contentItemVersionId published latest } }";

    private const string Unpublish = "mutation Unpublish($id: String!) { unpublish(contentItemId: $id) { contentItemId published } }";

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task SaveDraftThenPublish_WritesDraftThenPublishesIt_WhenEditor()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        var (saveStatus, saveBody) = await MutationRequests.PostAsync(editor, SaveDraft, Item(Pages.New("Draft from GraphQL", markdown: "First words")));
        var saved = MutationRequests.Data(saveBody, "saveDraft");
        var id = saved["contentItemId"]!.GetValue<string>();

        var (publishStatus, publishBody) = await MutationRequests.PostAsync(editor, Publish, new JsonObject { ["id"] = id });

        Assert.Equal(HttpStatusCode.OK, saveStatus);
        Assert.Equal("Page", saved["contentType"]!.GetValue<string>());
        Assert.Equal("Draft from GraphQL", saved["displayText"]!.GetValue<string>());
        Assert.False(saved["published"]!.GetValue<bool>());
        Assert.Equal("First words", saved["markdownBody"]!["markdown"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, publishStatus);
        var published = MutationRequests.Data(publishBody, "publish");
        Assert.True(published["published"]!.GetValue<bool>());
        Assert.Equal(saved["contentItemVersionId"]!.GetValue<string>(), published["contentItemVersionId"]!.GetValue<string>());
        Assert.Equal("Draft from GraphQL", (await MutationRequests.StoredAsync(Site, id, VersionOptions.Published))?.DisplayText);
    }

    [SkippableFact]
    public async Task SaveDraft_KeepsPublishedVersionOnline_WhenEditingPublishedItem()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        var page = await Pages.CreateAsync(editor, "Online page");
        var change = Pages.New("Online page, revised");
        change["ContentItemId"] = Pages.Id(page);
        change["ContentItemVersionId"] = Pages.VersionId(page);

        var (status, body) = await MutationRequests.PostAsync(editor, SaveDraft, Item(change));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Pages.Id(page), MutationRequests.Data(body, "saveDraft")["contentItemId"]!.GetValue<string>());
        Assert.Equal("Online page", (await MutationRequests.StoredAsync(Site, Pages.Id(page), VersionOptions.Published))?.DisplayText);
        Assert.Equal("Online page, revised", (await MutationRequests.StoredAsync(Site, Pages.Id(page), VersionOptions.Latest))?.DisplayText);
    }

    [SkippableFact]
    public async Task Mutations_RunOneAfterTheOther_WhenOneDocumentHoldsSeveral()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        const string twoSaves = """
            mutation Two($a: String!, $b: String!) { a: saveDraft(contentItem: $a) { contentItemId } b: saveDraft(contentItem: $b) { contentItemId } }
            """;
        var variables = new JsonObject { ["a"] = Pages.New("First of two").ToJsonString(), ["b"] = Pages.New("Second of two").ToJsonString() };

        var (status, body) = await MutationRequests.PostAsync(editor, twoSaves, variables);

        Assert.Equal(HttpStatusCode.OK, status);
        var first = MutationRequests.Data(body, "a")["contentItemId"]!.GetValue<string>();
        var second = MutationRequests.Data(body, "b")["contentItemId"]!.GetValue<string>();
        Assert.Equal("First of two", (await MutationRequests.StoredAsync(Site, first, VersionOptions.Latest))?.DisplayText);
        Assert.Equal("Second of two", (await MutationRequests.StoredAsync(Site, second, VersionOptions.Latest))?.DisplayText);
    }

    [SkippableFact]
    public async Task Unpublish_TakesItemOffline_WhenEditor()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        var page = await Pages.CreateAsync(editor, "Page to take offline");

        var (status, body) = await MutationRequests.PostAsync(editor, Unpublish, new JsonObject { ["id"] = Pages.Id(page) });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(MutationRequests.Data(body, "unpublish")["published"]!.GetValue<bool>());
        Assert.Null(await MutationRequests.StoredAsync(Site, Pages.Id(page), VersionOptions.Published));
        Assert.NotNull(await MutationRequests.StoredAsync(Site, Pages.Id(page), VersionOptions.Latest));
    }

    [SkippableFact]
    public async Task Reads_FollowEveryChangeOfAnItem_WhenTheSameItemIsReadAgain()
    {
        // GraphQL shares parsed versions between requests: each save, publish and unpublish must still be seen.
        using var editor = await Site.CreateApiClientAsync("Editor");
        using var anonymous = Site.CreateClient();
        const string Latest = "query($id: String!) { page(status: LATEST, where: {contentItemId: $id}) { displayText published contentItemVersionId } }";
        const string Public = "query($id: String!) { contentItem(contentItemId: $id) { displayText } }";
        var (_, savedBody) = await MutationRequests.PostAsync(editor, SaveDraft, Item(Pages.New("Draft one")));
        var saved = MutationRequests.Data(savedBody, "saveDraft");
        var id = new JsonObject { ["id"] = saved["contentItemId"]!.GetValue<string>() };
        async Task<JsonNode?> LatestAsync()
        {
            var (_, body) = await MutationRequests.PostAsync(editor, Latest, (JsonObject)id.DeepClone());
            Assert.True(body["errors"] is null, body.ToJsonString());
            return Assert.Single(body["data"]!["page"]!.AsArray());
        }
        async Task<JsonNode?> PublicAsync() => (await MutationRequests.PostAsync(anonymous, Public, (JsonObject)id.DeepClone())).Body["data"]!["contentItem"];

        var draftOne = await LatestAsync();
        var change = Pages.New("Draft two");
        change["ContentItemId"] = saved["contentItemId"]!.GetValue<string>();
        change["ContentItemVersionId"] = saved["contentItemVersionId"]!.GetValue<string>();
        await MutationRequests.PostAsync(editor, SaveDraft, Item(change));
        var draftTwo = await LatestAsync();
        var publicBefore = await PublicAsync();
        await MutationRequests.PostAsync(editor, Publish, (JsonObject)id.DeepClone());
        var published = await LatestAsync();
        var publicAfter = await PublicAsync();
        await MutationRequests.PostAsync(editor, Unpublish, (JsonObject)id.DeepClone());
        var unpublished = await LatestAsync();
        var publicGone = await PublicAsync();

        Assert.Equal("Draft one", draftOne!["displayText"]!.GetValue<string>());
        Assert.Equal("Draft two", draftTwo!["displayText"]!.GetValue<string>());
        Assert.False(draftTwo["published"]!.GetValue<bool>());
        Assert.Null(publicBefore);
        Assert.True(published!["published"]!.GetValue<bool>());
        Assert.Equal("Draft two", publicAfter!["displayText"]!.GetValue<string>());
        Assert.False(unpublished!["published"]!.GetValue<bool>());
        Assert.Equal(published["contentItemVersionId"]!.GetValue<string>(), unpublished["contentItemVersionId"]!.GetValue<string>());
        Assert.Null(publicGone);
    }

    [SkippableFact]
    public async Task SaveDraft_ReturnsStale_WhenBaseVersionIsNoLongerLatest()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        var page = await Pages.CreateAsync(editor, "Page edited twice");
        var first = Pages.New("First edit");
        first["ContentItemId"] = Pages.Id(page);
        first["ContentItemVersionId"] = Pages.VersionId(page);
        var second = Pages.New("Second edit, from the same base");
        second["ContentItemId"] = Pages.Id(page);
        second["ContentItemVersionId"] = Pages.VersionId(page);
        var (firstStatus, firstBody) = await MutationRequests.PostAsync(editor, SaveDraft, Item(first));

        var (status, body) = await MutationRequests.PostAsync(editor, SaveDraft, Item(second));

        Assert.Equal(HttpStatusCode.OK, firstStatus);
        MutationRequests.Data(firstBody, "saveDraft");
        Assert.Equal(HttpStatusCode.OK, status);
        var error = MutationRequests.Error(body, "STALE");
        Assert.Contains(Pages.VersionId(page), Assert.Single(MutationRequests.Messages(error, "ContentItemVersionId")), StringComparison.Ordinal);
        Assert.Equal("First edit", (await MutationRequests.StoredAsync(Site, Pages.Id(page), VersionOptions.Latest))?.DisplayText);
    }

    [SkippableFact]
    public async Task Publish_ReturnsStale_WhenReviewedVersionIsNoLongerLatest()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        var draft = await Pages.CreateAsync(editor, "Reviewed draft", draft: true);
        var change = Pages.New("Changed after the review");
        change["ContentItemId"] = Pages.Id(draft);
        await Pages.CreateAsync(editor, change, draft: true);

        var (status, body) = await MutationRequests.PostAsync(editor, Publish,
            new JsonObject { ["id"] = Pages.Id(draft), ["version"] = Pages.VersionId(draft) });

        Assert.Equal(HttpStatusCode.OK, status);
        MutationRequests.Error(body, "STALE");
        Assert.Null(await MutationRequests.StoredAsync(Site, Pages.Id(draft), VersionOptions.Published));
    }

    [SkippableFact]
    public async Task SaveDraft_ReturnsInvalidNamingTheArgument_WhenJsonIsMalformed()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");

        var (status, body) = await MutationRequests.PostAsync(editor, SaveDraft, new JsonObject { ["item"] = "{\"ContentType\": \"Page\", " });

        Assert.Equal(HttpStatusCode.OK, status);
        var error = MutationRequests.Error(body, "INVALID");
        Assert.StartsWith("contentItem is not a content item in JSON", Assert.Single(MutationRequests.Messages(error, "contentItem")), StringComparison.Ordinal);
        Assert.Null(body["data"]!["saveDraft"]);
    }

    [SkippableFact]
    public async Task SaveDraft_ReturnsInvalid_WhenContentItemHoldsUnpairedSurrogate()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        // GraphQL's \uD800 escape makes a string .NET cannot encode as UTF-8.
        const string query = """mutation { saveDraft(contentItem: "{\"ContentType\":\"Page\",\"TitlePart\":{\"Title\":\"a \uD800\"}}") { contentItemId } }""";

        var (status, body) = await MutationRequests.PostAsync(editor, query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("not valid Unicode", Assert.Single(MutationRequests.Messages(MutationRequests.Error(body, "INVALID"), "contentItem")),
            StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SaveDraft_ReturnsInvalidWithEveryError_WhenItemBreaksRules()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        var before = await MutationRequests.VersionCountAsync(Site);

        var (status, body) = await MutationRequests.PostAsync(editor, SaveDraft, Item(Pages.New("", path: "/bad path")));

        Assert.Equal(HttpStatusCode.OK, status);
        var error = MutationRequests.Error(body, "INVALID");
        Assert.Contains("A title is required.", MutationRequests.Messages(error, "TitlePart.Title"));
        Assert.True(MutationRequests.Messages(error, "AutoroutePart.Path").Count >= 2, error.ToJsonString());
        Assert.Equal(before, await MutationRequests.VersionCountAsync(Site));
    }

    [SkippableFact]
    public async Task SaveDraft_ReturnsInvalid_WhenContentItemIdIsNotAnId()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        var item = Pages.New("Odd id");
        item["ContentItemId"] = 42;

        var (_, body) = await MutationRequests.PostAsync(editor, SaveDraft, Item(item));

        Assert.Contains("must be a string", Assert.Single(MutationRequests.Messages(MutationRequests.Error(body, "INVALID"), "ContentItemId")),
            StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Publish_ReturnsNotFound_WhenItemDoesNotExist()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");

        var (status, body) = await MutationRequests.PostAsync(editor, Publish, new JsonObject { ["id"] = "nosuchitem0000000000000000" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("nosuchitem0000000000000000", MutationRequests.Error(body, "NOT_FOUND")["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SaveDraft_Returns401WithoutRunning_WhenAnonymous()
    {
        using var anonymous = Site.CreateClient();
        var before = await MutationRequests.VersionCountAsync(Site);

        var (status, body) = await MutationRequests.PostAsync(anonymous, SaveDraft, Item(Pages.New("Anonymous draft")));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("ExecuteGraphQLMutations", MutationRequests.Error(body, "ACCESS_DENIED")["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["data"]);
        Assert.Equal(before, await MutationRequests.VersionCountAsync(Site));
    }

    [SkippableFact]
    public async Task SaveDraft_Returns403_WhenSignedInWithoutMutationPermission()
    {
        using var reader = await MutationRequests.SignInAsync(Site, []);

        var (status, body) = await MutationRequests.PostAsync(reader, SaveDraft, Item(Pages.New("Reader's draft")));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        MutationRequests.Error(body, "ACCESS_DENIED");
    }

    [SkippableFact]
    public async Task Publish_Returns403_WhenContributorPublishesOwnDraft()
    {
        using var contributor = await MutationRequests.SignInAsync(Site, ["Contributor"]);
        var (_, saveBody) = await MutationRequests.PostAsync(contributor, SaveDraft, Item(Pages.New("Contributor's draft")));
        var id = MutationRequests.Data(saveBody, "saveDraft")["contentItemId"]!.GetValue<string>();

        var (status, body) = await MutationRequests.PostAsync(contributor, Publish, new JsonObject { ["id"] = id });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("PublishContent", MutationRequests.Error(body, "ACCESS_DENIED")["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await MutationRequests.StoredAsync(Site, id, VersionOptions.Published));
    }

    [SkippableFact]
    public async Task SaveDraft_Returns400WithoutRunning_WhenCookieCallerSendsNoAntiforgeryToken()
    {
        using var editor = await MutationRequests.SignInAsync(Site, ["Editor"], antiforgery: false);
        var before = await MutationRequests.VersionCountAsync(Site);

        var (status, body) = await MutationRequests.PostAsync(editor, SaveDraft, Item(Pages.New("Forged draft")));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Antiforgery", Assert.Single(body["errors"]!.AsArray())!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await MutationRequests.VersionCountAsync(Site));
    }

    [SkippableFact]
    public async Task SaveDraft_Succeeds_WhenCookieCallerSendsAntiforgeryToken()
    {
        using var editor = await MutationRequests.SignInAsync(Site, ["Editor"]);

        var (status, body) = await MutationRequests.PostAsync(editor, SaveDraft, Item(Pages.New("Draft with a cookie")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Draft with a cookie", MutationRequests.Data(body, "saveDraft")["displayText"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Query_RunsWithoutAntiforgeryToken_WhenCookieCallerReads()
    {
        using var editor = await MutationRequests.SignInAsync(Site, ["Editor"], antiforgery: false);

        var (status, body) = await MutationRequests.PostAsync(editor, "{ page(first: 1) { contentItemId } }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body["errors"]);
    }

    private static JsonObject Item(JsonObject item) => new() { ["item"] = item.ToJsonString() };
}

public sealed class MutationSqliteTests(SqliteSite fixture) : MutationTests(fixture), IClassFixture<SqliteSite>;

public sealed class MutationPostgresTests(PostgresSite fixture) : MutationTests(fixture), IClassFixture<PostgresSite>;
