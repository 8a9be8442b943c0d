using System.Net;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Admin;

/// <summary>
/// The generic editor through its forms, as a browser without script uses them: every stored type round-trips
/// without losing a byte, items are created, saved as drafts and published, errors land beside their fields, and
/// preview renders Markdown sanitised.
/// </summary>
public abstract class ContentEditorTests(SiteFixture<ClockSite> fixture)
{
    private static readonly string[] Meta = ["ContentItemVersionId", "Latest", "Published", "ModifiedUtc", "PublishedUtc", "Author", "DisplayText"];

    private ClockSite Site => fixture.Site;

    [SkippableFact]
    public async Task NewAdministrator_ReplacesTheSetupPassword_ThenEditsEveryType_WithoutLosingAByte()
    {
        // As after setup: an administrator whose generated password must be replaced at the first sign-in.
        var user = await SignInPages.CreateUserAsync(Site, "Administrator");
        await SignInPages.RequireNewPasswordAsync(Site, user);
        using var admin = SignInPages.Browser(Site);
        using (var signIn = await SignInPages.SignInAsync(admin, user, SignInPages.Password, returnUrl: "/admin/content"))
        using (var changed = await SignInPages.ChangePasswordAsync(admin, signIn.Headers.Location!.OriginalString, user, SignInPages.Password, "Replaced-Passw0rd!"))
        {
            Assert.Equal("/admin/content", changed.Headers.Location?.OriginalString);
        }
        // Member items hold personal data and none is seeded: one is made for the editor to open.
        using var api = await Site.CreateApiClientAsync("Administrator");
        await Pages.CreateAsync(api, new JsonObject
        {
            ["ContentType"] = "Member",
            ["TitlePart"] = new JsonObject { ["Title"] = "A member" },
            ["Member"] = new JsonObject
            {
                ["Profession"] = new JsonObject { ["Text"] = "lawyer" },
                ["Chapters"] = new JsonObject { ["ContentItemIds"] = new JsonArray("chapternational") },
            },
        });
        var samples = await Site.WithStoreAsync(db => db.ContentItems.Where(v => v.Latest)
            .GroupBy(v => v.ContentType).Select(g => g.OrderBy(v => v.Id).First().ContentItemId).ToListAsync());
        var covered = new List<string>();
        foreach (var id in samples)
        {
            var before = await LatestAsync(id);
            var type = before["ContentType"]!.GetValue<string>();
            var path = $"/admin/content/{type}/{id}";
            var form = await EditorForm.LoadAsync(admin, path);

            using var unchanged = await form.SubmitAsync(admin);

            Assert.True(unchanged.StatusCode == HttpStatusCode.Redirect, $"{type}: {(int)unchanged.StatusCode}\n{await unchanged.Content.ReadAsStringAsync()}");
            var after = await LatestAsync(id);
            Assert.Equal(Content(before), Content(after));
            covered.Add(type);

            var edited = await EditorForm.LoadAsync(admin, path);
            var text = edited.Fields.First(f => f.Key.EndsWith(".Title", StringComparison.Ordinal) || f.Key.EndsWith(".Note", StringComparison.Ordinal)
                || f.Key.EndsWith(".Markdown", StringComparison.Ordinal) || f.Key.EndsWith(".Location", StringComparison.Ordinal)).Key;
            edited[text] = edited[text] + " (edited)";
            using var saved = await edited.SubmitAsync(admin);
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{type} {text}: {(int)saved.StatusCode}\n{await saved.Content.ReadAsStringAsync()}");
            var (part, property) = (text[..text.IndexOf('.')], text[(text.IndexOf('.') + 1)..]);
            var stored = (await LatestAsync(id))[part]!;
            var value = property.Contains('.', StringComparison.Ordinal) || stored[property] is JsonObject
                ? stored[property.Split('.')[0]]!["Text"]!.GetValue<string>()
                : stored[property]!.GetValue<string>();
            Assert.EndsWith(" (edited)", value, StringComparison.Ordinal);
        }
        Assert.Empty(new[] { "FactSheet", "Indicator", "IndicatorValue", "LegalMilestone", "Publication", "Taxonomy", "Chapter",
            "Organization", "Member", "MembershipCount", "Secretariat", "SecretariatTerm", "TermsOfReference", "Forum", "ForumTopic", "ForumReply" }
            .Except(covered));
    }

    [SkippableFact]
    public async Task NewFactSheet_IsSavedAsADraft_ThenPublished_WithEveryKindOfInput()
    {
        using var editor = await ScopedEditorAsync("chapternational");
        var form = await EditorForm.LoadAsync(editor, "/admin/content/FactSheet/create");
        var title = "Editor sheet " + Guid.NewGuid().ToString("N")[..6];
        Fill(form, title);

        using var draft = await form.SubmitAsync(editor, "draft");

        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var location = draft.Headers.Location!.OriginalString;
        Assert.Matches("^/admin/content/FactSheet/[a-z0-9]+\\?done=saved$", location);
        var id = location.Split('/')[4].Split('?')[0];
        var stored = await LatestAsync(id);
        Assert.False(stored["Published"]!.GetValue<bool>());
        Assert.Equal(title, stored["DisplayText"]!.GetValue<string>());
        Assert.Equal(2025, stored["FactSheet"]!["Year"]!["Value"]!.GetValue<int>());
        Assert.Equal("2027-01-31T00:00:00Z", stored["FactSheet"]!["ReviewBy"]!["Value"]!.GetValue<string>());
        Assert.Equal("taxonomytopics", stored["FactSheet"]!["Topics"]!["TaxonomyContentItemId"]!.GetValue<string>());
        Assert.Equal(["topiceducation", "topicchildlabour"], stored["FactSheet"]!["Topics"]!["TermContentItemIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["chapternational"], stored["FactSheet"]!["Chapter"]!["ContentItemIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("https://example.org/survey", stored["FactSheet"]!["Source"]!["Url"]!.GetValue<string>());
        Assert.Equal(["https://example.org/a", "https://example.org/b"], stored["FactSheet"]!["FurtherSources"]!["Values"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("## Why\n\nBecause.", stored["MarkdownBodyPart"]!["Markdown"]!.GetValue<string>());
        Assert.Equal("en", stored["LocalizationPart"]!["Culture"]!.GetValue<string>());

        var page = await editor.GetStringAsync(location);
        Assert.Contains("Saved as a draft.", page, StringComparison.Ordinal);
        using var published = await EditorForm.Parse(page, location.Split('?')[0]).SubmitAsync(editor, "publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.True((await LatestAsync(id))["Published"]!.GetValue<bool>());
    }

    [SkippableFact]
    public async Task ContentPicker_FindsItemsByTitle_WithoutSaving_AndKeepsWhatWasChosen()
    {
        using var editor = await ScopedEditorAsync("chapternational");
        var form = await EditorForm.LoadAsync(editor, "/admin/content/FactSheet/create");
        var title = "Picker sheet " + Guid.NewGuid().ToString("N")[..6];
        Fill(form, title);
        form["FactSheet.Chapter.Find"] = "SINDH";
        var before = await Site.WithStoreAsync(db => db.ContentItems.CountAsync());

        using var found = await form.SubmitAsync(editor, "find");
        var html = await found.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(before, await Site.WithStoreAsync(db => db.ContentItems.CountAsync()));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var options = document.QuerySelectorAll("#f-FactSheet-Chapter option").Select(o => (Value: o.GetAttribute("value")!, Label: o.TextContent, Selected: o.HasAttribute("selected"))).ToList();
        Assert.Contains(options, o => o.Label.Contains("Sindh", StringComparison.Ordinal));
        // Only matches are offered, and the chapter already chosen stays chosen.
        Assert.All(options.Where(o => o.Value != "chapternational"), o => Assert.Contains("sindh", o.Label, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(options, o => o.Value == "chapternational" && o.Selected);
        Assert.DoesNotContain(options, o => o.Label.Contains("Punjab", StringComparison.Ordinal));
        Assert.Equal("SINDH", document.QuerySelector("#f-FactSheet-Chapter-find")?.GetAttribute("value"));
        var again = EditorForm.Parse(html, "/admin/content/FactSheet/create");
        Assert.Equal(title, again["TitlePart.Title"]);

        using var saved = await again.SubmitAsync(editor, "draft");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/')[4].Split('?')[0];
        Assert.Equal(["chapternational"], (await LatestAsync(id))["FactSheet"]!["Chapter"]!["ContentItemIds"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task BadInput_IsShownBesideItsField_AndTheFormKeepsWhatWasTyped()
    {
        using var editor = await ScopedEditorAsync("chapternational");
        var form = await EditorForm.LoadAsync(editor, "/admin/content/FactSheet/create");
        Fill(form, "");
        form["FactSheet.Year"] = "twenty twenty";
        form["FactSheet.ReviewBy"] = "31/01/2027";
        var before = await Site.WithStoreAsync(db => db.ContentItems.CountAsync());

        using var refused = await form.SubmitAsync(editor, "draft");
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("id=\"f-FactSheet-Year-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-FactSheet-ReviewBy-error\"", html, StringComparison.Ordinal);
        Assert.Equal("twenty twenty", EditorForm.Parse(html, "/").Fields.First(f => f.Key == "FactSheet.Year").Value);
        Assert.Equal(before, await Site.WithStoreAsync(db => db.ContentItems.CountAsync()));

        form["FactSheet.Year"] = "1800";
        form["FactSheet.ReviewBy"] = "2027-01-31";
        form["FactSheet.Source"] = "javascript:alert(1)";
        using var invalid = await form.SubmitAsync(editor, "draft");
        html = await invalid.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("id=\"f-TitlePart-Title-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-FactSheet-Year-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-FactSheet-Source-error\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#f-FactSheet-Year\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await Site.WithStoreAsync(db => db.ContentItems.CountAsync()));
    }

    [SkippableFact]
    public async Task ConcurrentEdits_ShowTheOtherChange_AndNeitherIsLost()
    {
        using var first = await ScopedEditorAsync("chapternational");
        using var second = await ScopedEditorAsync("chapternational");
        var (id, path) = await CreateAsync(first, "Conflicted sheet");
        var mine = await EditorForm.LoadAsync(first, path);
        var theirs = await EditorForm.LoadAsync(second, path);

        mine["FactSheet.Summary"] = "The first editor's summary.";
        using (var saved = await mine.SubmitAsync(first, "draft"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        theirs["FactSheet.Year"] = "2024";
        theirs["TitlePart.Title"] = "Conflicted sheet, second title";
        using var conflict = await theirs.SubmitAsync(second, "draft");
        var html = await conflict.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("What the other editor changed", html, StringComparison.Ordinal);
        Assert.Contains("The first editor&#x27;s summary.", html, StringComparison.Ordinal);
        var merged = EditorForm.Parse(html, path);
        Assert.Equal("The first editor's summary.", merged["FactSheet.Summary"]);
        Assert.Equal("2024", merged["FactSheet.Year"]);
        Assert.Equal("2025", (await LatestAsync(id))["FactSheet"]!["Year"]!["Value"]!.ToString());

        using var resolved = await merged.SubmitAsync(second, "draft");

        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        var stored = await LatestAsync(id);
        Assert.Equal("The first editor's summary.", stored["FactSheet"]!["Summary"]!["Text"]!.GetValue<string>());
        Assert.Equal(2024, stored["FactSheet"]!["Year"]!["Value"]!.GetValue<int>());
        Assert.Equal("Conflicted sheet, second title", stored["DisplayText"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task BothEditorsChangingOneField_KeepsTheFormValue_AndShowsTheOtherBesideIt()
    {
        using var first = await ScopedEditorAsync("chapternational");
        using var second = await ScopedEditorAsync("chapternational");
        var (_, path) = await CreateAsync(first, "Twice edited sheet");
        var mine = await EditorForm.LoadAsync(first, path);
        var theirs = await EditorForm.LoadAsync(second, path);
        mine["FactSheet.Summary"] = "Summary A.";
        using (await mine.SubmitAsync(first, "draft"))
        {
        }
        theirs["FactSheet.Summary"] = "Summary B.";

        using var conflict = await theirs.SubmitAsync(second, "draft");
        var html = await conflict.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("Summary B.", EditorForm.Parse(html, path)["FactSheet.Summary"]);
        Assert.Contains("id=\"f-FactSheet-Summary-theirs\"", html, StringComparison.Ordinal);
        Assert.Contains("<q>Summary A.</q>", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task History_ShowsWhatEachVersionChanged_AndRestoresAnOldOne()
    {
        using var editor = await ScopedEditorAsync("chapternational");
        var (id, path) = await CreateAsync(editor, "First title");
        var form = await EditorForm.LoadAsync(editor, path);
        form["TitlePart.Title"] = "Second title";
        form["MarkdownBodyPart.Markdown"] = "## Why\n\nBecause of new figures.";
        using (await form.SubmitAsync(editor, "draft"))
        {
        }

        var history = await editor.GetStringAsync(path + "/versions");

        Assert.Contains("2 versions, newest first", history, StringComparison.Ordinal);
        Assert.Contains("<del>First title</del> → <ins>Second title</ins>", history, StringComparison.Ordinal);
        Assert.Contains("<del>Because.</del>", history, StringComparison.Ordinal);
        Assert.Contains("<ins>Because of new figures.</ins>", history, StringComparison.Ordinal);
        var first = (await Site.WithStoreAsync(db => db.ContentItems.Where(v => v.ContentItemId == id).OrderBy(v => v.Number).Select(v => v.ContentItemVersionId).ToListAsync()))[0];
        var restore = EditorForm.Parse(history, path + "/versions", $"form:has(input[value='{first}'])");

        using var restoreRequest = await editor.PostAsync(restore.Action, new FormUrlEncodedContent([.. restore.Fields, new("publish", "false")]));

        Assert.Equal(HttpStatusCode.Redirect, restoreRequest.StatusCode);
        Assert.Equal("First title", (await LatestAsync(id))["DisplayText"]!.GetValue<string>());
        Assert.True(await Site.WithStoreAsync(db => db.AuditEvents.AnyAsync(e => e.ContentItemId == id && e.EventName == "Restored")));
    }

    [SkippableFact]
    public async Task DeletedItem_LeavesTheEditor_AndComesBackFromItsHistory()
    {
        using var editor = await ScopedEditorAsync("chapternational");
        var (id, path) = await CreateAsync(editor, "Deleted then restored");
        var page = await editor.GetStringAsync(path);
        var delete = EditorForm.Parse(page, path, "form[action$='handler=Delete']");

        using var deleted = await editor.PostAsync(delete.Action, new FormUrlEncodedContent(delete.Fields));
        Assert.True(deleted.StatusCode == HttpStatusCode.Redirect, delete.Action + " " + await deleted.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(path + "/versions?done=deleted", deleted.Headers.Location!.OriginalString);
        using var gone = await editor.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var history = await editor.GetStringAsync(path + "/versions");
        Assert.Contains("This item is deleted", history, StringComparison.Ordinal);
        var restore = EditorForm.Parse(history, path + "/versions", "form[action$='handler=Restore']");

        using var restored = await editor.PostAsync(restore.Action, new FormUrlEncodedContent([.. restore.Fields, new("publish", "false")]));

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal("Deleted then restored", (await LatestAsync(id))["DisplayText"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task PunjabEditor_IsRefusedASindhItem_OnEveryRoute()
    {
        using var admin = await SignInPages.SignedInAsNewUserAsync(Site, "Administrator");
        var (id, path) = await CreateAsync(admin, "Sindh sheet", chapter: "chaptersindh");
        var adminPage = await admin.GetStringAsync(path);
        var token = EditorForm.Parse(adminPage, path)["__RequestVerificationToken"];
        var versionId = (await LatestAsync(id))["ContentItemVersionId"]!.GetValue<string>();
        using var punjab = await ScopedEditorAsync("chapterpunjab");
        var punjabToken = (await EditorForm.LoadAsync(punjab, "/admin/content/FactSheet/create"))["__RequestVerificationToken"];
        var before = await Site.WithStoreAsync(db => db.ContentItems.CountAsync(v => v.ContentItemId == id));

        using var edit = await punjab.GetAsync(path);
        using var save = await punjab.PostAsync(path, Form(punjabToken, ("baseVersionId", versionId), ("TitlePart.Title", "Taken over"), ("submit", "publish")));
        using var unpublish = await punjab.PostAsync(path + "?handler=Unpublish", Form(punjabToken));
        using var delete = await punjab.PostAsync(path + "?handler=Delete", Form(punjabToken));
        using var restore = await punjab.PostAsync(path + "/versions?handler=Restore", Form(punjabToken, ("versionId", versionId), ("publish", "true")));
        var create = await EditorForm.LoadAsync(punjab, "/admin/content/FactSheet/create");
        Fill(create, "Punjab editor writes for Sindh");
        create.Set("FactSheet.Chapter", "chaptersindh");
        using var created = await create.SubmitAsync(punjab, "draft");
        var createdHtml = await created.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unpublish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, restore.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
        Assert.Contains("EditContent is required", createdHtml, StringComparison.Ordinal);
        Assert.Equal(before, await Site.WithStoreAsync(db => db.ContentItems.CountAsync(v => v.ContentItemId == id)));
        Assert.Equal("Sindh sheet", (await LatestAsync(id))["DisplayText"]!.GetValue<string>());
        Assert.False(await Site.WithStoreAsync(db => db.ContentItems.AnyAsync(v => v.DisplayText == "Punjab editor writes for Sindh")));
        var (_, own) = await CreateAsync(punjab, "Punjab's own sheet", chapter: "chapterpunjab");
        using var ownPage = await punjab.GetAsync(own);
        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        Assert.NotNull(token);
    }

    [SkippableFact]
    public async Task Translation_StartsADraftInTheOtherLanguage_InTheSameSet()
    {
        using var editor = await ScopedEditorAsync("chapternational");
        var (id, path) = await CreateAsync(editor, "Sheet to translate");
        var page = await editor.GetStringAsync(path);
        var translate = EditorForm.Parse(page, path, "form[action$='handler=Translate']");

        using var translated = await editor.PostAsync(translate.Action, new FormUrlEncodedContent(translate.Fields));

        Assert.Equal(HttpStatusCode.Redirect, translated.StatusCode);
        var urduPath = translated.Headers.Location!.OriginalString.Split('?')[0];
        var urdu = await LatestAsync(urduPath.Split('/')[4]);
        var english = await LatestAsync(id);
        Assert.Equal("ur", urdu["LocalizationPart"]!["Culture"]!.GetValue<string>());
        Assert.Equal(english["LocalizationPart"]!["LocalizationSet"]!.GetValue<string>(), urdu["LocalizationPart"]!["LocalizationSet"]!.GetValue<string>());
        Assert.False(urdu["Published"]!.GetValue<bool>());
        Assert.Contains("hreflang=\"ur\"", await editor.GetStringAsync(path), StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\"", await editor.GetStringAsync(urduPath), StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Translate", await editor.GetStringAsync(path), StringComparison.Ordinal);
        using var again = await editor.PostAsync(translate.Action, new FormUrlEncodedContent(translate.Fields));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }

    [SkippableFact]
    public async Task PickerNamingNoTypes_OffersItemsOfEveryType()
    {
        await Site.ImportAsync("""
            { "name": "any-picker", "steps": [ { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Note", "Settings": { "ContentTypeSettings": { "Creatable": true, "Draftable": true } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Note", "Name": "Note" } ] } ],
              "ContentParts": [ { "Name": "Note", "ContentPartFieldDefinitionRecords": [ { "FieldName": "ContentPickerField", "Name": "Related" } ] } ] } ] }
            """);
        using var admin = await SignInPages.SignedInAsNewUserAsync(Site, "Administrator");

        var form = await admin.GetStringAsync("/admin/content/Note/create");

        Assert.Contains("<option value=\"chapternational\">", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"factsheeteducation\">", form, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Preview_RendersMarkdown_AndDropsScript()
    {
        using var editor = await ScopedEditorAsync("chapternational");
        var form = await EditorForm.LoadAsync(editor, "/admin/content/FactSheet/create");
        Fill(form, "Previewed sheet");
        form["MarkdownBodyPart.Markdown"] = "## Heading\n\n<script>alert('x')</script><img src=x onerror=\"alert(2)\"> [a](javascript:alert(3))";

        using var inForm = await form.SubmitAsync(editor, "preview");
        var formHtml = await inForm.Content.ReadAsStringAsync();
        using var draft = await form.SubmitAsync(editor, "draft");
        var preview = await editor.GetStringAsync(draft.Headers.Location!.OriginalString.Split('?')[0] + "/preview");

        Assert.Equal(HttpStatusCode.OK, inForm.StatusCode);
        foreach (var html in new[] { formHtml, preview })
        {
            Assert.Contains("<h2", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("onerror=\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Editor_IsOnlyForTypesAndItemsThatExist_AndForSignedInEditors()
    {
        using var editor = await ScopedEditorAsync("chapternational");
        using var anonymous = SignInPages.Browser(Site);

        using var notCreatable = await editor.GetAsync("/admin/content/Topic/create");
        using var unknownType = await editor.GetAsync("/admin/content/NoSuchType/create");
        using var unknownItem = await editor.GetAsync("/admin/content/FactSheet/nosuchitem");
        using var wrongType = await editor.GetAsync("/admin/content/Publication/factsheeteducation");
        using var signedOut = await anonymous.GetAsync("/admin/content/FactSheet/factsheeteducation");
        using var member = await editor.GetAsync("/admin/content/Member/create");

        Assert.Equal(HttpStatusCode.NotFound, notCreatable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownType.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownItem.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith("/admin/login", signedOut.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, member.StatusCode);
    }

    /// <summary>A fact sheet created through the form, published; its id and editor path.</summary>
    private static async Task<(string Id, string Path)> CreateAsync(HttpClient client, string title, string chapter = "chapternational")
    {
        var form = await EditorForm.LoadAsync(client, "/admin/content/FactSheet/create");
        Fill(form, title);
        form.Set("FactSheet.Chapter", chapter);
        using var response = await form.SubmitAsync(client, "publish");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        var path = response.Headers.Location!.OriginalString.Split('?')[0];
        return (path.Split('/')[4], path);
    }

    private static void Fill(EditorForm form, string title)
    {
        form["TitlePart.Title"] = title;
        form["FactSheet.Summary"] = "Two sentences with the main figure, its period and its source.";
        form.Set("FactSheet.Topics", "topiceducation", "topicchildlabour");
        form.Set("FactSheet.Chapter", "chapternational");
        form["FactSheet.Year"] = "2025";
        form["FactSheet.Source"] = "https://example.org/survey";
        form["FactSheet.Source.Text"] = "A survey";
        form["FactSheet.FurtherSources"] = "https://example.org/a\r\nhttps://example.org/b\r\n";
        form["FactSheet.ReviewBy"] = "2027-01-31";
        form["MarkdownBodyPart.Markdown"] = "## Why\r\n\r\nBecause.";
        form["AutoroutePart.Path"] = "";
        form["LocalizationPart.Culture"] = "en";
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    /// <summary>A browser signed in as a new Editor scoped to <paramref name="chapter"/>.</summary>
    private async Task<HttpClient> ScopedEditorAsync(string chapter) =>
        await SignInPages.SignedInAsync(Site, (await CookieUsers.CreateAsync(Site, ["Editor"], [chapter])).Name);

    private Task<JsonObject> LatestAsync(string id) =>
        Site.WithStoreAsync(async db => JsonNode.Parse((await db.ContentItems.SingleAsync(v => v.ContentItemId == id && v.Latest)).Data)!.AsObject());

    /// <summary>The item without what every save changes (version, dates, author).</summary>
    private static string Content(JsonObject item)
    {
        var copy = item.DeepClone().AsObject();
        foreach (var name in Meta)
        {
            copy.Remove(name);
        }
        if (copy["Owner"] is null)
        {
            copy.Remove("Owner"); // a save writes the owner the item has, null for seeded items
        }
        return copy.ToJsonString();
    }
}

public sealed class ContentEditorSqliteTests(ClockSqliteSite fixture) : ContentEditorTests(fixture), IClassFixture<ClockSqliteSite>;

public sealed class ContentEditorPostgresTests(ClockPostgresSite fixture) : ContentEditorTests(fixture), IClassFixture<ClockPostgresSite>;
