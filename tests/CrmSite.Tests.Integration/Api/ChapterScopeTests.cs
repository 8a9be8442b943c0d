using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Api;

/// <summary>Chapter-scoped editors: writes are checked against the stored item and against the change.</summary>
public abstract class ChapterScopeTests(SiteFixture fixture)
{
    private const string Punjab = "punjab0000000000000000000a";
    private const string Sindh = "sindh00000000000000000000a";

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task ScopedEditor_WritesOwnChapter_ButCannotMoveItemToAnother()
    {
        await DefineReportAsync();
        using var editor = await SignInScopedEditorAsync(Punjab);

        using var forSindh = await Pages.PostAsync(editor, Report("Sindh report", Sindh));
        using var forPunjab = await Pages.PostAsync(editor, Report("Punjab report", Punjab));
        var created = (await forPunjab.Content.ReadFromJsonAsync<JsonObject>())!;
        var moved = Report("Moved to Sindh", Sindh);
        moved["ContentItemId"] = Pages.Id(created);
        using var move = await Pages.PostAsync(editor, moved);

        Assert.Equal(HttpStatusCode.Forbidden, forSindh.StatusCode);
        Assert.Equal(HttpStatusCode.Created, forPunjab.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, move.StatusCode);
    }

    private async Task DefineReportAsync() => await Site.ImportAsync("""
        { "name": "reports", "steps": [ { "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "Report", "Settings": { "ContentTypeSettings": { "Draftable": true } },
            "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Report", "Name": "Report" } ] } ],
          "ContentParts": [ { "Name": "Report", "ContentPartFieldDefinitionRecords": [ { "FieldName": "ContentPickerField", "Name": "Chapter" } ] } ] } ] }
        """);

    private static JsonObject Report(string title, string chapter) => new()
    {
        ["ContentType"] = "Report",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["Report"] = new JsonObject { ["Chapter"] = new JsonObject { ["ContentItemIds"] = new JsonArray(chapter) } },
    };

    private async Task<HttpClient> SignInScopedEditorAsync(string chapter)
    {
        var (name, _) = await CookieUsers.CreateAsync(Site, ["Editor"], [chapter], "scoped-");
        var client = Site.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/account/login", new { userName = name, password = CookieUsers.Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        var antiforgery = await client.GetFromJsonAsync<JsonObject>("/api/account/antiforgery");
        client.DefaultRequestHeaders.Add(antiforgery!["headerName"]!.GetValue<string>(), antiforgery["token"]!.GetValue<string>());
        return client;
    }
}

public sealed class ChapterScopeSqliteTests(SqliteSite fixture) : ChapterScopeTests(fixture), IClassFixture<SqliteSite>;

public sealed class ChapterScopePostgresTests(PostgresSite fixture) : ChapterScopeTests(fixture), IClassFixture<PostgresSite>;
