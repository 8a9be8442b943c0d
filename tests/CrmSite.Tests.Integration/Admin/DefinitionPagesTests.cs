using System.Net;
using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Recipes;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Admin;

/// <summary>
/// <c>/admin/definitions</c>: administrators change types and fields through the forms, the generic editor
/// follows, settings the forms do not own survive, stale and bad saves are refused, and the export keeps the
/// recipes' shape.
/// </summary>
public abstract class DefinitionPagesTests(SiteFixture<ClockSite> fixture)
{
    private ClockSite Site => fixture.Site;

    [SkippableFact]
    public async Task AddedNumericField_AppearsInTheEditor_AndItsMinimumIsEnforced()
    {
        using var admin = await SignInPages.SignedInAsNewUserAsync(Site, "Administrator");
        var add = await FormAsync(admin, "/admin/definitions/parts/Publication/fields/new");
        add["fieldName"] = "Pages";
        add["kind"] = "NumericField";
        add["displayName"] = "Number of pages";

        using var added = await add.SubmitAsync(admin);
        var field = await FormAsync(admin, "/admin/definitions/parts/Publication/fields/Pages");
        field["Form.Minimum"] = "1";
        field["Form.Scale"] = "0";
        using var saved = await field.SubmitAsync(admin);
        var editor = await EditorForm.LoadAsync(admin, "/admin/content/Publication/create");
        editor["TitlePart.Title"] = "A report with too few pages";
        editor["Publication.Link"] = "https://example.org/report";
        editor["Publication.Link.Text"] = "The report";
        editor["Publication.Kind"] = "compendium";
        editor["Publication.Pages"] = "0";
        using var refused = await editor.SubmitAsync(admin, "publish");
        var html = await refused.Content.ReadAsStringAsync();
        editor["Publication.Pages"] = "12";
        using var accepted = await editor.SubmitAsync(admin, "publish");
        var acceptedHtml = await accepted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/admin/definitions/parts/Publication/fields/Pages?done=added", added.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(editor.Has("Publication.Pages"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("id=\"f-Publication-Pages-error\"", html, StringComparison.Ordinal);
        Assert.True(accepted.StatusCode == HttpStatusCode.Redirect, acceptedHtml);
        var settings = (await FieldAsync("Publication", "Pages")).Settings;
        Assert.Equal(1m, settings["NumericFieldSettings"]!["Minimum"]!.GetValue<decimal>());
        Assert.Equal("Number of pages", settings["ContentPartFieldSettings"]!["DisplayName"]!.GetValue<string>());
        Assert.True(await Site.WithStoreAsync(db => db.AuditEvents.AnyAsync(e => e.EventName == "ContentFieldAdded" && e.Details!.Contains("Publication.Pages"))));
        Assert.True(await Site.WithStoreAsync(db => db.AuditEvents.AnyAsync(e => e.EventName == "ContentFieldChanged" && e.Details!.Contains("Minimum"))));
    }

    [SkippableFact]
    public async Task EditingAField_KeepsTheSettingsTheFormDoesNotOwn()
    {
        using var admin = await SignInPages.SignedInAsNewUserAsync(Site, "Administrator");
        var linkBefore = (await FieldAsync("Publication", "Link")).Settings.DeepClone().AsObject();
        var kindBefore = (await FieldAsync("Publication", "Kind")).Settings.DeepClone().AsObject();

        var link = await FormAsync(admin, "/admin/definitions/parts/Publication/fields/Link");
        link["Form.DisplayName"] = "Where to read it";
        link.Set("Form.Required");
        using var linkSaved = await link.SubmitAsync(admin);
        var kind = await FormAsync(admin, "/admin/definitions/parts/Publication/fields/Kind");
        kind["Form.DisplayName"] = "Kind of output";
        using var kindSaved = await kind.SubmitAsync(admin);

        Assert.Equal(HttpStatusCode.Redirect, linkSaved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, kindSaved.StatusCode);
        var linkAfter = (await FieldAsync("Publication", "Link")).Settings;
        Assert.Equal("Where to read it", linkAfter["ContentPartFieldSettings"]!["DisplayName"]!.GetValue<string>());
        Assert.False(linkAfter["LinkFieldSettings"]!["Required"]!.GetValue<bool>());
        foreach (var key in new[] { "HintLinkText", "LinkTextMode", "UrlPlaceholder", "TextPlaceholder", "Hint" })
        {
            Assert.True(JsonNode.DeepEquals(linkBefore["LinkFieldSettings"]![key], linkAfter["LinkFieldSettings"]![key]), key);
        }
        var kindAfter = (await FieldAsync("Publication", "Kind")).Settings;
        Assert.True(JsonNode.DeepEquals(kindBefore["TextFieldPredefinedListEditorSettings"], kindAfter["TextFieldPredefinedListEditorSettings"]));
        Assert.True(JsonNode.DeepEquals(kindBefore["TextFieldSettings"], kindAfter["TextFieldSettings"]));
        Assert.Equal("PredefinedList", kindAfter["ContentPartFieldSettings"]!["Editor"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task DraftableOff_RemovesSaveDraftFromTheEditor()
    {
        using var admin = await SignInPages.SignedInAsNewUserAsync(Site, "Administrator");
        var before = await admin.GetStringAsync("/admin/content/LegalMilestone/create");
        var type = await FormAsync(admin, "/admin/definitions/types/LegalMilestone");
        type.Set("Form.Draftable");

        using var saved = await type.SubmitAsync(admin);
        var after = await admin.GetStringAsync("/admin/content/LegalMilestone/create");

        Assert.Contains("value=\"draft\"", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("value=\"draft\"", after, StringComparison.Ordinal);
        Assert.False((await TypeAsync("LegalMilestone")).TypeSettings.Draftable);
        Assert.True((await TypeAsync("LegalMilestone")).TypeSettings.Versionable);
        Assert.True(await Site.WithStoreAsync(db => db.AuditEvents.AnyAsync(e => e.EventName == "ContentTypeChanged" && e.Details!.Contains("Draftable off"))));
    }

    [SkippableFact]
    public async Task StaleSave_IsRefusedWithTheCurrentValues()
    {
        using var admin = await SignInPages.SignedInAsNewUserAsync(Site, "Administrator");
        var first = await FormAsync(admin, "/admin/definitions/types/Indicator");
        var second = await FormAsync(admin, "/admin/definitions/types/Indicator");
        var firstField = await FormAsync(admin, "/admin/definitions/parts/Publication/fields/Year");
        var secondField = await FormAsync(admin, "/admin/definitions/parts/Publication/fields/Year");
        first["Form.Description"] = "Changed by the first administrator";
        second["Form.Description"] = "Changed by the second administrator";
        firstField["Form.Hint"] = "The first hint";
        secondField["Form.Hint"] = "The second hint";

        using var firstSaved = await first.SubmitAsync(admin);
        using var secondSaved = await second.SubmitAsync(admin);
        var html = await secondSaved.Content.ReadAsStringAsync();
        using var firstFieldSaved = await firstField.SubmitAsync(admin);
        using var secondFieldSaved = await secondField.SubmitAsync(admin);
        var fieldHtml = await secondFieldSaved.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, firstSaved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSaved.StatusCode);
        Assert.Equal("Changed by the first administrator", EditorForm.Parse(html, "/", "form.definition")["Form.Description"]);
        Assert.Equal("Changed by the first administrator", (await TypeAsync("Indicator")).TypeSettings.Description);
        Assert.Equal(HttpStatusCode.Redirect, firstFieldSaved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondFieldSaved.StatusCode);
        Assert.Equal("The first hint", EditorForm.Parse(fieldHtml, "/", "form.definition")["Form.Hint"]);
        Assert.Equal("The first hint", (await FieldAsync("Publication", "Year")).Settings["NumericFieldSettings"]!["Hint"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task BadOrTakenNames_AndBadNumbers_AreRefusedBesideTheirField()
    {
        using var admin = await SignInPages.SignedInAsNewUserAsync(Site, "Administrator");
        var before = await Site.SnapshotAsync();
        var add = await FormAsync(admin, "/admin/definitions/parts/Publication/fields/new");
        var field = await FormAsync(admin, "/admin/definitions/parts/Publication/fields/Year");

        add["fieldName"] = "9Lives";
        using var malformed = await add.SubmitAsync(admin);
        add["fieldName"] = "Page-count";
        using var hyphen = await add.SubmitAsync(admin);
        add["fieldName"] = "year";
        using var taken = await add.SubmitAsync(admin);
        field["Form.Minimum"] = "one";
        using var badNumber = await field.SubmitAsync(admin);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, malformed.StatusCode);
        Assert.Contains("id=\"fieldName-error\"", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, hyphen.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("id=\"fieldName-error\"", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badNumber.StatusCode);
        Assert.Contains("id=\"Minimum-error\"", await badNumber.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before.DefinitionsVersion, (await Site.SnapshotAsync()).DefinitionsVersion);
    }

    [SkippableFact]
    public async Task OnlyEditContentTypes_Changes_ViewContentTypes_Reads_AndAnonymousSignsIn()
    {
        await Site.ImportAsync("""
            { "name": "definition-reader", "steps": [ { "name": "Roles", "Roles": [
              { "Name": "DefinitionReader", "Description": "Reads content definitions", "Permissions": ["AccessAdminPanel", "ViewContentTypes"] } ] } ] }
            """);
        using var anonymous = SignInPages.Browser(Site);
        using var editor = await SignInPages.SignedInAsNewUserAsync(Site, "Editor");
        using var reader = await SignInPages.SignedInAsNewUserAsync(Site, "DefinitionReader");
        var before = await Site.SnapshotAsync();

        using var anonymousList = await anonymous.GetAsync("/admin/definitions");
        using var editorList = await editor.GetAsync("/admin/definitions");
        using var editorPost = await editor.PostAsync("/admin/definitions/types/Publication", new FormUrlEncodedContent([new("Form.Draftable", "false")]));
        var readerList = await reader.GetStringAsync("/admin/definitions");
        var readerType = await reader.GetStringAsync("/admin/definitions/types/Publication");
        var readerForm = EditorForm.Parse(readerType, "/admin/definitions/types/Publication", "form.definition");
        readerForm.Set("Form.Draftable");
        using var readerPost = await readerForm.SubmitAsync(reader);
        using var readerNew = await reader.GetAsync("/admin/definitions/parts/Publication/fields/new");

        Assert.Equal(HttpStatusCode.Redirect, anonymousList.StatusCode);
        Assert.Contains("/admin/login", anonymousList.Headers.Location?.OriginalString ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, editorList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editorPost.StatusCode);
        Assert.Contains("href=\"/admin/definitions/types/Publication\"", readerList, StringComparison.Ordinal);
        Assert.DoesNotContain("<button type=\"submit\">Save</button>", readerType, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, readerPost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readerNew.StatusCode);
        Assert.Equal(before.DefinitionsVersion, (await Site.SnapshotAsync()).DefinitionsVersion);
    }

    [SkippableFact]
    public async Task Export_AfterAPageSave_HasTheRecipesShape_AndImportsBackUnchanged()
    {
        using var admin = await SignInPages.SignedInAsNewUserAsync(Site, "Administrator");
        var add = await FormAsync(admin, "/admin/definitions/parts/LegalMilestone/fields/new");
        add["fieldName"] = "Gazette";
        add["kind"] = "TextField";
        add["displayName"] = "Gazette notification";
        using var added = await add.SubmitAsync(admin);
        var field = await FormAsync(admin, "/admin/definitions/parts/LegalMilestone/fields/Gazette");
        field["Form.Editor"] = "PredefinedList";
        field["Form.Options"] = "Federal|federal\nProvincial|provincial";
        field["Form.Hint"] = "Which gazette published it.";
        using var saved = await field.SubmitAsync(admin);

        using var scope = Site.Services.CreateScope();
        var recipe = await scope.ServiceProvider.GetRequiredService<RecipeExporter>().ExportAsync(["LegalMilestone"], CancellationToken.None);
        var definitionStep = recipe["steps"]!.AsArray().First(s => s!["name"]!.GetValue<string>() == "ContentDefinition")!.AsObject();
        var part = definitionStep["ContentParts"]!.AsArray().First(p => p!["Name"]!.GetValue<string>() == "LegalMilestone")!;
        var exported = part["ContentPartFieldDefinitionRecords"]!.AsArray().First(f => f!["Name"]!.GetValue<string>() == "Gazette")!;
        var before = await Site.SnapshotAsync();
        var reimport = await Site.ImportAsync(new JsonObject { ["name"] = "reimport", ["steps"] = new JsonArray(definitionStep.DeepClone()) }.ToJsonString());

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["FieldName", "Name", "Settings"], exported.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("TextField", exported["FieldName"]!.GetValue<string>());
        var settings = exported["Settings"]!;
        Assert.Equal("Gazette notification", settings["ContentPartFieldSettings"]!["DisplayName"]!.GetValue<string>());
        Assert.Equal("PredefinedList", settings["ContentPartFieldSettings"]!["Editor"]!.GetValue<string>());
        Assert.Equal("Which gazette published it.", settings["TextFieldSettings"]!["Hint"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"name":"Federal","value":"federal"},{"name":"Provincial","value":"provincial"}]"""),
            settings["TextFieldPredefinedListEditorSettings"]!["Options"]));
        Assert.Equal(1, reimport.StepsExecuted);
        Assert.Equal(before.DefinitionsVersion, (await Site.SnapshotAsync()).DefinitionsVersion);
    }

    private static async Task<EditorForm> FormAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}\n{html}");
        return EditorForm.Parse(html, path, "form.definition");
    }

    private async Task<ContentTypeDefinition> TypeAsync(string name)
    {
        using var scope = Site.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<ContentDefinitionManager>().GetAsync()).FindType(name)!;
    }

    private async Task<ContentPartFieldDefinition> FieldAsync(string part, string field)
    {
        using var scope = Site.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<ContentDefinitionManager>().GetAsync()).FindPart(part)!.FindField(field)!;
    }
}

public sealed class DefinitionPagesSqliteTests(ClockSqliteSite fixture) : DefinitionPagesTests(fixture), IClassFixture<ClockSqliteSite>;

public sealed class DefinitionPagesPostgresTests(ClockPostgresSite fixture) : DefinitionPagesTests(fixture), IClassFixture<ClockPostgresSite>;
