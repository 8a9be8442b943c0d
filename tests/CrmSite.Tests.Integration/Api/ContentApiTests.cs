using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Api;

public abstract class ContentApiTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Get_ReturnsPublishedItemWithETag_WhenAnonymous()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var created = await Pages.CreateAsync(api, "Published page");
        using var anonymous = Site.CreateClient();

        using var response = await anonymous.GetAsync($"/api/content/{Pages.Id(created)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{Pages.VersionId(created)}\"", response.Headers.ETag?.Tag);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Published page", body!["DisplayText"]!.GetValue<string>());
        Assert.True(body["Published"]!.GetValue<bool>());
    }

    [SkippableFact]
    public async Task Get_HidesDrafts_WhenAnonymous()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var draft = await Pages.CreateAsync(api, "Secret draft", draft: true);
        using var anonymous = Site.CreateClient();

        using var published = await anonymous.GetAsync($"/api/content/{Pages.Id(draft)}");
        using var latest = await anonymous.GetAsync($"/api/content/{Pages.Id(draft)}?status=latest");
        using var editorLatest = await api.GetAsync($"/api/content/{Pages.Id(draft)}?status=latest");

        Assert.Equal(HttpStatusCode.NotFound, published.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, latest.StatusCode);
        Assert.DoesNotContain("Secret draft", await latest.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, editorLatest.StatusCode);
    }

    [SkippableFact]
    public async Task Post_Returns422WithEveryError_WhenItemIsInvalid()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var item = Pages.New("", path: "/bad path");

        using var response = await Pages.PostAsync(api, item);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var errors = problem!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("TitlePart.Title"), problem.ToJsonString());
        Assert.True(errors.ContainsKey("AutoroutePart.Path"), problem.ToJsonString());
        Assert.True(errors["AutoroutePart.Path"]!.AsArray().Count >= 2, "leading slash and space are both reported");
    }

    [SkippableFact]
    public async Task Post_Returns422_WhenContentTypeIsUnknown()
    {
        using var api = await Site.CreateApiClientAsync("Editor");

        using var response = await Pages.PostAsync(api, new JsonObject { ["ContentType"] = "NoSuchType" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("NoSuchType", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public async Task Post_Returns400Problem_WhenBodyIsNotAnObject(string body)
    {
        using var api = await Site.CreateApiClientAsync("Editor");

        using var response = await api.PostAsync("/api/content", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(problem!["errors"]!.AsObject().ContainsKey("body"));
    }

    [SkippableFact]
    public async Task Post_Returns409_WhenPathBelongsToAnotherItem()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var path = "unique-" + Guid.NewGuid().ToString("N")[..8];
        using var first = await Pages.PostAsync(api, Pages.New("First", path));

        using var second = await Pages.PostAsync(api, Pages.New("Second", path));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains(path, await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Post_Returns401_WhenAnonymousWrites()
    {
        using var anonymous = Site.CreateClient();

        using var response = await Pages.PostAsync(anonymous, Pages.New("Anonymous"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [SkippableFact]
    public async Task Post_CreatesNewVersionAndKeepsHistory_WhenUpdatingWithIfMatch()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var created = await Pages.CreateAsync(api, "Version 1");
        var update = Pages.New("Version 2", created["AutoroutePart"]!["Path"]!.GetValue<string>());
        update["ContentItemId"] = Pages.Id(created);

        using var response = await Pages.PostAsync(api, update, ifMatch: $"\"{Pages.VersionId(created)}\"");
        using var stale = await Pages.PostAsync(api, update, ifMatch: $"\"{Pages.VersionId(created)}\"");
        var versions = await api.GetFromJsonAsync<JsonArray>($"/api/content/{Pages.Id(created)}/versions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(["Version 1", "Version 2"], versions!.Select(v => v!["DisplayText"]!.GetValue<string>()));
        Assert.Single(versions!, v => v!["Published"]!.GetValue<bool>());
        Assert.NotEqual(Pages.VersionId(created), Pages.VersionId((await response.Content.ReadFromJsonAsync<JsonObject>())!));
    }

    [SkippableFact]
    public async Task Post_KeepsPublishedVersion_WhenSavingDraft()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var created = await Pages.CreateAsync(api, "Live text");
        var draft = Pages.New("Draft text", created["AutoroutePart"]!["Path"]!.GetValue<string>());
        draft["ContentItemId"] = Pages.Id(created);
        using var anonymous = Site.CreateClient();

        using var saved = await Pages.PostAsync(api, draft, draft: true);
        var live = await anonymous.GetFromJsonAsync<JsonObject>($"/api/content/{Pages.Id(created)}");
        var latest = await api.GetFromJsonAsync<JsonObject>($"/api/content/{Pages.Id(created)}?status=draft");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Live text", live!["DisplayText"]!.GetValue<string>());
        Assert.Equal("Draft text", latest!["DisplayText"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task PublishAndUnpublish_ChangeWhatAnonymousSees()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var draft = await Pages.CreateAsync(api, "Soon live", draft: true);
        var id = Pages.Id(draft);
        using var anonymous = Site.CreateClient();

        using var publish = await api.PostAsync($"/api/content/{id}/publish", null);
        using var whilePublished = await anonymous.GetAsync($"/api/content/{id}");
        using var unpublish = await api.PostAsync($"/api/content/{id}/unpublish", null);
        using var afterUnpublish = await anonymous.GetAsync($"/api/content/{id}");

        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, whilePublished.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unpublish.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterUnpublish.StatusCode);
    }

    [SkippableFact]
    public async Task Delete_RemovesItemSoftly_AndAudits()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var created = await Pages.CreateAsync(api, "To delete");
        var id = Pages.Id(created);

        using var delete = await api.DeleteAsync($"/api/content/{id}");
        using var get = await api.GetAsync($"/api/content/{id}?status=latest");
        var (rows, audited) = await Site.WithStoreAsync(async db => (
            db.ContentItems.Count(v => v.ContentItemId == id),
            db.AuditEvents.Any(a => a.ContentItemId == id && a.EventName == "Removed")));

        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(1, rows);
        Assert.True(audited);
        await Task.CompletedTask;
    }

    [SkippableFact]
    public async Task Write_Returns403_WhenRoleLacksPermission()
    {
        using var api = await Site.CreateApiClientAsync("Authenticated");

        using var response = await Pages.PostAsync(api, Pages.New("Not allowed"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task Post_Returns422_WhenDraftOfTypeThatIsNotDraftable()
    {
        await Site.ImportAsync("""
            { "name": "notices", "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Notice",
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] } ] }
            """);
        using var api = await Site.CreateApiClientAsync("Editor");
        var notice = new JsonObject { ["ContentType"] = "Notice", ["TitlePart"] = new JsonObject { ["Title"] = "Notice" } };

        using var draft = await Pages.PostAsync(api, notice, draft: true);
        using var published = await Pages.PostAsync(api, notice.DeepClone());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, draft.StatusCode);
        Assert.Contains("not draftable", await draft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
    }

    [SkippableFact]
    public async Task Post_StoresTextWithNulAndUrdu_Losslessly()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var title = "بچوں کے حقوق \u0000 end";

        var created = await Pages.CreateAsync(api, title);
        var read = await api.GetFromJsonAsync<JsonObject>($"/api/content/{Pages.Id(created)}");

        Assert.Equal(title, read!["TitlePart"]!["Title"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Post_StartsALocalizationSet_WhenNoneIsGiven()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var english = Pages.New("Child labour");
        english["LocalizationPart"] = new JsonObject { ["Culture"] = "en" };

        var created = await Pages.CreateAsync(api, english);
        var set = created["LocalizationPart"]!["LocalizationSet"]!.GetValue<string>();
        var urdu = Pages.New("بچوں سے مشقت");
        urdu["LocalizationPart"] = new JsonObject { ["Culture"] = "ur", ["LocalizationSet"] = set };
        var translation = await Pages.CreateAsync(api, urdu);

        Assert.Equal(26, set.Length);
        Assert.Equal(set, translation["LocalizationPart"]!["LocalizationSet"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Contributor_SavesOwnDraft_ButCannotPublish()
    {
        using var api = await Site.CreateApiClientAsync("Contributor");

        using var draft = await Pages.PostAsync(api, Pages.New("Contributor draft"), draft: true);
        using var publish = await Pages.PostAsync(api, Pages.New("Contributor publish"));

        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
    }
}

public sealed class ContentApiSqliteTests(SqliteSite fixture) : ContentApiTests(fixture), IClassFixture<SqliteSite>;

public sealed class ContentApiPostgresTests(PostgresSite fixture) : ContentApiTests(fixture), IClassFixture<PostgresSite>;
