using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Api;

/// <summary><c>GET /api/content?contentType=</c>: pages of one type, and only what the caller may read.</summary>
public abstract class ContentListApiTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task List_ReturnsPublishedItemsOnly_WhenCallerIsAnonymous()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var published = await Pages.CreateAsync(editor, "Listed " + tag);
        var draft = await Pages.CreateAsync(editor, "Draft " + tag, draft: true);
        using var anonymous = Site.CreateClient();

        var visible = await ContentLists.ListAsync(anonymous, "Page");
        using var drafts = await anonymous.GetAsync("/api/content?contentType=Page&status=draft");
        var editorDrafts = await ContentLists.ListAsync(editor, "Page", "draft");

        Assert.Contains(visible, i => Pages.Id(i) == Pages.Id(published));
        Assert.DoesNotContain(visible, i => Pages.Id(i) == Pages.Id(draft));
        Assert.Equal(0, (await drafts.Content.ReadFromJsonAsync<JsonObject>())!["count"]!.GetValue<int>());
        Assert.Contains(editorDrafts, i => Pages.Id(i) == Pages.Id(draft));
    }

    [SkippableFact]
    public async Task List_PagesWithSkipAndFirst_AndCountsAll()
    {
        using var anonymous = Site.CreateClient();

        var first = (await anonymous.GetFromJsonAsync<JsonObject>("/api/content?contentType=Chapter&first=3&orderBy=displayText"))!;
        var second = (await anonymous.GetFromJsonAsync<JsonObject>("/api/content?contentType=Chapter&first=3&skip=3&orderBy=displayText"))!;

        var titles = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => i!["DisplayText"]!.GetValue<string>()).ToList();
        Assert.Equal(8, first["count"]!.GetValue<int>());
        Assert.Equal(6, titles.Count);
        Assert.Equal(titles.Order(StringComparer.Ordinal), titles);
    }

    [SkippableFact]
    public async Task List_KeepsTheItemsOfOneList_WhenContainedInIsGiven()
    {
        using var anonymous = Site.CreateClient();
        var topic = (await ContentLists.ListAsync(anonymous, "ForumTopic")).Single(t => t["DisplayText"]!.GetValue<string>() == "Influencing Policy");

        var replies = (await anonymous.GetFromJsonAsync<JsonObject>($"/api/content?contentType=ForumReply&containedIn={Pages.Id(topic)}"))!;
        var none = (await anonymous.GetFromJsonAsync<JsonObject>("/api/content?contentType=ForumReply&containedIn=nolist"))!;
        var nul = (await anonymous.GetFromJsonAsync<JsonObject>("/api/content?contentType=ForumReply&containedIn=%00"))!;

        Assert.Equal(1, replies["count"]!.GetValue<int>());
        Assert.Equal(Pages.Id(topic), replies["items"]![0]!["ContainedPart"]!["ListContentItemId"]!.GetValue<string>());
        Assert.Equal(0, none["count"]!.GetValue<int>());
        Assert.Equal(0, nul["count"]!.GetValue<int>());
    }

    [SkippableTheory]
    [InlineData("/api/content", "contentType")]
    [InlineData("/api/content?contentType=Nothing", "contentType")]
    [InlineData("/api/content?contentType=Chapter&status=old", "status")]
    [InlineData("/api/content?contentType=Chapter&first=0", "first")]
    [InlineData("/api/content?contentType=Chapter&first=1000", "first")]
    [InlineData("/api/content?contentType=Chapter&skip=-1", "skip")]
    [InlineData("/api/content?contentType=Chapter&orderBy=Data", "orderBy")]
    public async Task List_Returns400NamingTheParameter_WhenItIsWrong(string url, string parameter)
    {
        using var anonymous = Site.CreateClient();

        using var response = await anonymous.GetAsync(url);

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body!["errors"]![parameter]);
    }
}

public sealed class ContentListApiSqliteTests(SqliteSite fixture) : ContentListApiTests(fixture), IClassFixture<SqliteSite>;

public sealed class ContentListApiPostgresTests(PostgresSite fixture) : ContentListApiTests(fixture), IClassFixture<PostgresSite>;
