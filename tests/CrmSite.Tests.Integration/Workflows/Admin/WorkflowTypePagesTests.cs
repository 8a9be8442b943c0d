using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using CrmSite.Content.Items;
using CrmSite.Tests.Integration.Admin;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Workflows.Admin;

/// <summary>
/// <c>/admin/workflows</c> and <c>/admin/workflows/{id}</c>: import (a recipe or one type, refused whole with each
/// error named), export that imports back as it was, an edit refused with its text kept, and the diagram.
/// </summary>
public abstract class WorkflowTypePagesTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Import_SavesTheTypes_AndExportImportsBackTheSameJson_WhenTheRecipeIsValid()
    {
        using var admin = await SignInPages.SignedInAsNewUserAsync(Site, "Administrator");
        var typeId = WorkflowSites.NewTypeId();
        var recipe = WorkflowAdminSites.Recipe(WorkflowAdminSites.ApprovalType(typeId, "Approve pages " + typeId[..6]));

        using var imported = await WorkflowAdminSites.SubmitAsync(admin, "/admin/workflows", "form.import", f => f["ImportText"] = recipe);
        var stored = await WorkflowAdminSites.StoredTypeAsync(Site, typeId);
        using var export = await admin.GetAsync($"/admin/workflows?handler=Export&id={typeId}");
        var exported = await export.Content.ReadAsStringAsync();
        using var deleted = await WorkflowAdminSites.SubmitAsync(admin, "/admin/workflows", $"tr[data-workflow-type-id='{typeId}'] form[action*='Delete']", _ => { });
        var afterDelete = await WorkflowAdminSites.StoredTypeAsync(Site, typeId);
        var form = EditorForm.Parse(await admin.GetStringAsync("/admin/workflows"), "/admin/workflows", "form.import")
            .Attach("ImportFile", "export.json", System.Text.Encoding.UTF8.GetBytes(exported));
        using var reimported = await form.SubmitAsync(admin);
        var again = await WorkflowAdminSites.StoredTypeAsync(Site, typeId);

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.NotNull(stored);
        Assert.Equal(4, stored.Activities.Count);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains(typeId, export.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(afterDelete);
        Assert.Equal(HttpStatusCode.Redirect, reimported.StatusCode);
        Assert.NotNull(again);
        Assert.Equal(Json(stored), Json(again));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Json(stored)), JsonNode.Parse(exported)!["steps"]![0]!["data"]![0]), exported);
    }

    [SkippableFact]
    public async Task Import_Is422_NamingEachErrorAndSavingNothing_WhenATypeIsInvalid()
    {
        using var admin = await SignInPages.SignedInAsNewUserAsync(Site, "Administrator");
        var goodId = WorkflowSites.NewTypeId();
        var badId = WorkflowSites.NewTypeId();
        var bad = WorkflowAdminSites.ScriptType(badId, "Broken " + badId[..6], "setOutcome('Done');");
        bad["Activities"]![2]!["Name"] = "NoSuchTask";
        bad["Transitions"]![0]!["DestinationActivityId"] = "nowhere";
        var recipe = WorkflowAdminSites.Recipe(WorkflowAdminSites.ApprovalType(goodId, "Good " + goodId[..6]), bad);

        using var refused = await WorkflowAdminSites.SubmitAsync(admin, "/admin/workflows", "form.import", f => f["ImportText"] = recipe);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        using var notJson = await WorkflowAdminSites.SubmitAsync(admin, "/admin/workflows", "form.import", f => f["ImportText"] = "{ \"steps\": [ oops");
        var notJsonHtml = WebUtility.HtmlDecode(await notJson.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains($"Broken {badId[..6]} (2): Activities[log].Name: There is no activity named 'NoSuchTask'.", html, StringComparison.Ordinal);
        Assert.Contains("leads to 'nowhere', which is not an activity of this type.", html, StringComparison.Ordinal);
        Assert.Contains(recipe[..40], html, StringComparison.Ordinal);
        Assert.Null(await WorkflowAdminSites.StoredTypeAsync(Site, goodId));
        Assert.Null(await WorkflowAdminSites.StoredTypeAsync(Site, badId));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notJson.StatusCode);
        Assert.Contains("The text is not a JSON object:", notJsonHtml, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Edit_Is422_KeepingTheTextAndTheStoredType_WhenATransitionLeadsNowhere()
    {
        var typeId = WorkflowSites.NewTypeId();
        await Site.ImportAsync(WorkflowAdminSites.Recipe(WorkflowAdminSites.ApprovalType(typeId, "Edit me " + typeId[..6])));
        using var admin = await SignInPages.SignedInAsNewUserAsync(Site, "Administrator");
        var path = "/admin/workflows/" + typeId;
        string typed = "";

        using var refused = await WorkflowAdminSites.SubmitAsync(admin, path, "form.workflow-type", f =>
        {
            typed = f["Definition"].Replace("\"DestinationActivityId\": \"rejected\"", "\"DestinationActivityId\": \"gone\"", StringComparison.Ordinal);
            f["Definition"] = typed;
            f["Name"] = "Renamed " + typeId[..6];
        });
        var html = await refused.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);
        using var saved = await WorkflowAdminSites.SubmitAsync(admin, path, "form.workflow-type", f => f["Name"] = "Renamed " + typeId[..6]);
        using var stale = await admin.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignInPages.Field(html, "__RequestVerificationToken"),
            ["ConcurrencyStamp"] = SignInPages.Field(html, "ConcurrencyStamp"),
            ["Name"] = "Stale " + typeId[..6],
            ["Definition"] = typed.Replace("\"gone\"", "\"rejected\"", StringComparison.Ordinal),
        }));

        Assert.NotEqual("", typed);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("A transition from &#x27;approval&#x27; leads to &#x27;gone&#x27;", html, StringComparison.Ordinal);
        Assert.Equal(typed, document.QuerySelector("textarea#definition")!.TextContent, ignoreLineEndingDifferences: true);
        Assert.Equal("Renamed " + typeId[..6], document.QuerySelector("input#name")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Renamed " + typeId[..6], (await WorkflowAdminSites.StoredTypeAsync(Site, typeId))!.Name);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Renamed " + typeId[..6], (await WorkflowAdminSites.StoredTypeAsync(Site, typeId))!.Name);
    }

    [SkippableFact]
    public async Task Diagram_HasOneBoxPerActivity_AndOneLabelledPathPerTransition()
    {
        var typeId = WorkflowSites.NewTypeId();
        await Site.ImportAsync(WorkflowAdminSites.Recipe(WorkflowAdminSites.ApprovalType(typeId, "Diagram " + typeId[..6])));
        using var admin = await SignInPages.SignedInAsNewUserAsync(Site, "Administrator");

        var document = new HtmlParser().ParseDocument(await admin.GetStringAsync("/admin/workflows/" + typeId));
        var svg = document.QuerySelector("figure.workflow-diagram svg")!;

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("4 activities, 3 transitions", svg.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["created", "approval", "approved", "rejected"], svg.QuerySelectorAll("g.activity").Select(g => g.GetAttribute("data-activity-id")));
        Assert.Equal(4, svg.QuerySelectorAll("g.activity rect").Length);
        Assert.Contains("Approve the page", svg.QuerySelector("g.activity[data-activity-id=approval]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("▶", svg.QuerySelector("g.activity[data-activity-id=created]")!.TextContent, StringComparison.Ordinal);
        var transitions = svg.QuerySelectorAll("g.transition");
        Assert.Equal(3, transitions.Length);
        Assert.All(transitions, t => Assert.Single(t.QuerySelectorAll("path")));
        Assert.Equal(["Done", "Approve", "Reject"], transitions.Select(t => t.QuerySelector("text")!.TextContent));
        Assert.Equal(3, document.QuerySelectorAll("ul.diagram-transitions li").Length);
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, ContentJson.SerializerOptions);
}

public sealed class WorkflowTypePagesSqliteTests(SqliteSite fixture) : WorkflowTypePagesTests(fixture), IClassFixture<SqliteSite>;

public sealed class WorkflowTypePagesPostgresTests(PostgresSite fixture) : WorkflowTypePagesTests(fixture), IClassFixture<PostgresSite>;
