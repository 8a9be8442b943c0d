using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CrmSite.Content.Audit;
using CrmSite.Tests.Integration.Admin;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Tests.Integration.Media;

/// <summary>
/// Media fields in the generic editor: files uploaded with the form land in the library and in the field, library
/// paths are added and removed, texts edited, refusals shown beside the field, and an untouched field keeps its JSON.
/// The type is made here from a definition (the seed recipes have no media field).
/// </summary>
public abstract class MediaFieldEditorTests(SiteFixture<MediaSite> fixture)
{
    private const string Type = "MediaSheet";

    private MediaSite Site => fixture.Site;

    private static string Year => DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture);

    [SkippableFact]
    public async Task Save_PutsUploadedFilesInTheLibraryAndTheField_WhenAnEditorAttachesThem()
    {
        await DefineAsync();
        var (editor, userName) = await Site.BrowserAsync("Editor");
        var form = await EditorForm.LoadAsync(editor, $"/admin/content/{Type}/create");
        var chart = "chart-" + Guid.NewGuid().ToString("N")[..6] + ".png";
        form["TitlePart.Title"] = "With media";
        form.Attach("MediaSheet.Images.Upload", chart, LibraryForms.Png);
        form.Attach("MediaSheet.Document.Upload", "report.pdf", LibraryForms.Pdf);

        using var saved = await form.SubmitAsync(editor);

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{(int)saved.StatusCode}\n{await saved.Content.ReadAsStringAsync()}");
        var path = saved.Headers.Location!.OriginalString.Split('?')[0];
        var id = path.Split('/')[4];
        var stored = (await LatestAsync(id))[Type]!;
        Assert.Equal($"{{\"Paths\":[\"mediasheet/{Year}/{chart}\"],\"MediaTexts\":[\"\"]}}", stored["Images"]!.ToJsonString());
        var document = stored["Document"]!["Paths"]![0]!.GetValue<string>();
        Assert.Matches($"^mediasheet/{Year}/report(-[0-9]+)?\\.pdf$", document);
        using var visitor = Site.CreateClient();
        Assert.Equal(LibraryForms.Png, await visitor.GetByteArrayAsync($"/media/mediasheet/{Year}/{chart}"));
        Assert.True(await Site.WithStoreAsync(db => db.AuditEvents.AnyAsync(e => e.EventName == MediaAudit.MediaUploaded && e.UserName == userName &&
            e.Details!.StartsWith($"mediasheet/{Year}/{chart}"))));

        var edit = await EditorForm.LoadAsync(editor, path);
        Assert.Equal([$"mediasheet/{Year}/{chart}"], edit.All("MediaSheet.Images"));
        edit.Set("MediaSheet.Images.Text", "Enrolment by province");
        using var texted = await edit.SubmitAsync(editor);
        Assert.Equal(HttpStatusCode.Redirect, texted.StatusCode);
        Assert.Equal("Enrolment by province", (await LatestAsync(id))[Type]!["Images"]!["MediaTexts"]![0]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Save_RemovesTickedMediaAndAddsLibraryPaths()
    {
        await DefineAsync();
        var (editor, _) = await Site.BrowserAsync("Editor");
        var folder = "lib-" + Guid.NewGuid().ToString("N")[..6];
        (await LibraryForms.CreateFolderAsync(editor, "", folder)).Dispose();
        (await LibraryForms.UploadAsync(editor, folder, ("a.png", LibraryForms.Png), ("b.png", LibraryForms.Png), ("c.png", LibraryForms.Png))).Dispose();
        var id = await CreateAsync(new JsonObject
        {
            ["Images"] = new JsonObject { ["Paths"] = new JsonArray($"{folder}/a.png", $"{folder}/b.png"), ["MediaTexts"] = new JsonArray("A", "B") },
        });
        var form = await EditorForm.LoadAsync(editor, $"/admin/content/{Type}/{id}");
        form.Set("MediaSheet.Images.Remove", $"{folder}/a.png");
        form["MediaSheet.Images.Add"] = $"{folder}/c.png";

        using var saved = await form.SubmitAsync(editor);

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{(int)saved.StatusCode}\n{await saved.Content.ReadAsStringAsync()}");
        Assert.Equal($"{{\"Paths\":[\"{folder}/b.png\",\"{folder}/c.png\"],\"MediaTexts\":[\"B\",\"\"]}}",
            (await LatestAsync(id))[Type]!["Images"]!.ToJsonString());
    }

    [SkippableTheory]
    [InlineData("MediaSheet.Images.Upload", "report.pdf", "not allowed")]
    [InlineData("MediaSheet.Images.Upload", "page.png", "does not match")]
    [InlineData("MediaSheet.Images.Add", "missing/nothing.png", "no file")]
    [InlineData("MediaSheet.Images.Add", "../crmsite.db", "no file")]
    [InlineData("MediaSheet.Document.Upload", "big.pdf", "larger than")]
    public async Task Save_IsRefusedBesideTheField_WhenTheMediaIsNotAllowed(string input, string value, string message)
    {
        await DefineAsync();
        var (editor, _) = await Site.BrowserAsync("Editor");
        var form = await EditorForm.LoadAsync(editor, $"/admin/content/{Type}/create");
        form["TitlePart.Title"] = "Refused " + value;
        if (input.EndsWith(".Upload", StringComparison.Ordinal))
        {
            form.Attach(input, value, value switch
            {
                "page.png" => LibraryForms.Html,
                "big.pdf" => LibraryForms.PdfOf(MediaSite.MaxFileSize + 1),
                _ => LibraryForms.Pdf,
            });
        }
        else
        {
            form[input] = value;
        }
        var before = await Site.WithStoreAsync(db => db.ContentItems.CountAsync());

        using var refused = await form.SubmitAsync(editor);

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var field = input[..input.LastIndexOf('.')].Replace('.', '-');
        Assert.Contains($"id=\"f-{field}-error\"", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(before, await Site.WithStoreAsync(db => db.ContentItems.CountAsync()));
    }

    [SkippableFact]
    public async Task Save_IsRefusedBesideTheField_WhenASingleMediaFieldGetsTwo()
    {
        await DefineAsync();
        var (editor, _) = await Site.BrowserAsync("Editor");
        var name = "single-" + Guid.NewGuid().ToString("N")[..6] + ".pdf";
        (await LibraryForms.UploadAsync(editor, "", (name, LibraryForms.Pdf))).Dispose();
        var form = await EditorForm.LoadAsync(editor, $"/admin/content/{Type}/create");
        form["TitlePart.Title"] = "Two documents";
        form["MediaSheet.Document.Add"] = name;
        form.Attach("MediaSheet.Document.Upload", "second.pdf", LibraryForms.Pdf);

        using var refused = await form.SubmitAsync(editor);

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("id=\"f-MediaSheet-Document-error\"", html, StringComparison.Ordinal);
        var kept = EditorForm.Parse(html, "/").All("MediaSheet.Document");
        Assert.Equal(2, kept.Count);
        Assert.Equal(name, kept[0]);
    }

    [SkippableFact]
    public async Task Save_KeepsAnUntouchedMediaFieldByteForByte()
    {
        await DefineAsync();
        var (editor, _) = await Site.BrowserAsync("Editor");
        var id = await CreateAsync(new JsonObject
        {
            ["Images"] = new JsonObject { ["Paths"] = new JsonArray("imported/a.png"), ["Anchors"] = new JsonArray(new JsonObject { ["X"] = 0.5 }) },
            ["Document"] = new JsonObject { ["Paths"] = new JsonArray() },
        });
        var before = (await LatestAsync(id))[Type]!.ToJsonString();
        var form = await EditorForm.LoadAsync(editor, $"/admin/content/{Type}/{id}");
        form["TitlePart.Title"] = "Renamed";

        using var saved = await form.SubmitAsync(editor);

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{(int)saved.StatusCode}\n{await saved.Content.ReadAsStringAsync()}");
        var after = await LatestAsync(id);
        Assert.Equal("Renamed", after["TitlePart"]!["Title"]!.GetValue<string>());
        Assert.Equal(before, after[Type]!.ToJsonString());
    }

    [SkippableFact]
    public async Task Save_RefusesAnUpload_WhenTheUserLacksManageMedia()
    {
        await DefineAsync();
        var (author, _) = await Site.BrowserAsync("Author");
        var form = await EditorForm.LoadAsync(author, $"/admin/content/{Type}/create");
        Assert.Empty(form.FileInputs);
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields.Append(new("TitlePart.Title", "Author's upload")).Append(new("submit", "publish")))
        {
            body.Add(new StringContent(value), name);
        }
        body.Add(new ByteArrayContent(LibraryForms.Png), "MediaSheet.Images.Upload", "author.png");

        using var refused = await author.PostAsync(form.Action, body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("ManageMediaContent", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var served = await Site.CreateClient().GetAsync($"/media/mediasheet/{Year}/author.png");
        Assert.Equal(HttpStatusCode.NotFound, served.StatusCode);
    }

    /// <summary>The type: a title, images (several, with texts, .png/.jpg only) and one document.</summary>
    private async Task DefineAsync()
    {
        static JsonObject Field(string name, string position, JsonObject media) => new()
        {
            ["FieldName"] = "MediaField",
            ["Name"] = name,
            ["Settings"] = new JsonObject
            {
                ["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = name, ["Position"] = position },
                ["MediaFieldSettings"] = media,
            },
        };
        var recipe = new JsonObject
        {
            ["name"] = "media-sheet",
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "ContentDefinition",
                ["ContentTypes"] = new JsonArray(new JsonObject
                {
                    ["Name"] = Type,
                    ["DisplayName"] = "Media sheet",
                    ["Settings"] = new JsonObject { ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = true, ["Listable"] = true, ["Draftable"] = true } },
                    ["ContentTypePartDefinitionRecords"] = new JsonArray(
                        new JsonObject { ["PartName"] = "TitlePart", ["Name"] = "TitlePart", ["Settings"] = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = "0" } } },
                        new JsonObject { ["PartName"] = Type, ["Name"] = Type, ["Settings"] = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = "1" } } }),
                }),
                ["ContentParts"] = new JsonArray(new JsonObject
                {
                    ["Name"] = Type,
                    ["ContentPartFieldDefinitionRecords"] = new JsonArray(
                        Field("Images", "0", new JsonObject { ["Multiple"] = true, ["AllowMediaText"] = true, ["AllowedExtensions"] = new JsonArray(".png", ".jpg") }),
                        Field("Document", "1", new JsonObject { ["Multiple"] = false })),
                }),
            }),
        };
        await Site.ImportAsync(recipe.ToJsonString());
    }

    private async Task<string> CreateAsync(JsonObject fields)
    {
        using var api = await Site.CreateApiClientAsync("Administrator");
        var item = await Pages.CreateAsync(api, new JsonObject
        {
            ["ContentType"] = Type,
            ["TitlePart"] = new JsonObject { ["Title"] = "Media sheet" },
            [Type] = fields,
        });
        return item["ContentItemId"]!.GetValue<string>();
    }

    private Task<JsonObject> LatestAsync(string id) =>
        Site.WithStoreAsync(async db => JsonNode.Parse((await db.ContentItems.SingleAsync(v => v.ContentItemId == id && v.Latest)).Data)!.AsObject());
}

public sealed class MediaFieldEditorSqliteTests(MediaSqliteSite fixture) : MediaFieldEditorTests(fixture), IClassFixture<MediaSqliteSite>;

public sealed class MediaFieldEditorPostgresTests(MediaPostgresSite fixture) : MediaFieldEditorTests(fixture), IClassFixture<MediaPostgresSite>;
