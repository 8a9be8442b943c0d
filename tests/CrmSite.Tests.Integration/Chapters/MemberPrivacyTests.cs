using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Recipes;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Chapters;

/// <summary>
/// Individual members are personal data: without ViewMembers a caller learns nothing about them on any surface,
/// not even that one exists; with it, they are ordinary content.
/// </summary>
public abstract class MemberPrivacyTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Member_IsInvisible_WhenCallerIsAnonymous()
    {
        var (id, name) = await CreateMemberAsync();
        using var anonymous = Site.CreateClient();

        using var published = await anonymous.GetAsync($"/api/content/{id}");
        using var latest = await anonymous.GetAsync($"/api/content/{id}?status=latest");
        var list = await ContentLists.ListAsync(anonymous, "Member");

        Assert.Equal(HttpStatusCode.NotFound, published.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, latest.StatusCode);
        Assert.DoesNotContain(name, await published.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(list);
    }

    [SkippableFact]
    public async Task Member_IsInvisibleAndUntouchable_WhenEditorLacksViewMembers()
    {
        var (id, name) = await CreateMemberAsync();
        using var editor = await Site.CreateApiClientAsync("Editor");

        using var read = await editor.GetAsync($"/api/content/{id}");
        using var versions = await editor.GetAsync($"/api/content/{id}/versions");
        var change = ChapterRulesTests.Member(name + " (changed)");
        change["ContentItemId"] = id;
        using var write = await Pages.PostAsync(editor, change);
        using var delete = await editor.DeleteAsync($"/api/content/{id}");
        var list = await ContentLists.ListAsync(editor, "Member", "latest");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, versions.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Empty(list);
        using var create = await Pages.PostAsync(editor, ChapterRulesTests.Member("Someone new"));
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
    }

    [SkippableFact]
    public async Task Member_IsVisible_WhenCallerHoldsViewMembers()
    {
        var (id, name) = await CreateMemberAsync();
        using var officer = await Site.CreateApiClientAsync("MembershipOfficer");

        var member = await officer.GetFromJsonAsync<JsonObject>($"/api/content/{id}");
        var list = await ContentLists.ListAsync(officer, "Member");

        Assert.Equal(name, member!["DisplayText"]!.GetValue<string>());
        Assert.Equal("member@example.org", member["Member"]!["Email"]!["Text"]!.GetValue<string>());
        Assert.Contains(list, m => m["ContentItemId"]!.GetValue<string>() == id);
    }

    [SkippableFact]
    public async Task Export_LeavesMembersOut_UnlessTheirTypeIsNamed()
    {
        var (id, _) = await CreateMemberAsync();
        using var scope = Site.Services.CreateScope();
        var exporter = scope.ServiceProvider.GetRequiredService<RecipeExporter>();

        var everything = (await exporter.ExportAsync(null, CancellationToken.None)).ToJsonString();
        var members = (await exporter.ExportAsync(["Member"], CancellationToken.None)).ToJsonString();

        Assert.DoesNotContain(id, everything, StringComparison.Ordinal);
        Assert.Contains("\"ContentType\":\"Chapter\"", everything, StringComparison.Ordinal);
        Assert.Contains(id, members, StringComparison.Ordinal);
    }

    private async Task<(string Id, string Name)> CreateMemberAsync()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        var name = "Member " + Guid.NewGuid().ToString("N")[..8];
        var created = await Pages.CreateAsync(admin, ChapterRulesTests.Member(name));
        return (Pages.Id(created), name);
    }
}

public sealed class MemberPrivacySqliteTests(SqliteSite fixture) : MemberPrivacyTests(fixture), IClassFixture<SqliteSite>;

public sealed class MemberPrivacyPostgresTests(PostgresSite fixture) : MemberPrivacyTests(fixture), IClassFixture<PostgresSite>;
