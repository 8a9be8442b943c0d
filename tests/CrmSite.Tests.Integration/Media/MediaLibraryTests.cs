using System.Net;
using System.Net.Http.Headers;
using CrmSite.Content.Audit;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Tests.Integration.Media;

/// <summary>
/// The media library through its page, as a browser without script uses it, and the files at <c>/media/</c> as
/// anyone reads them: uploads, folders and deletes, refusals beside their inputs, headers that keep uploads from
/// running as pages of the site, and the audit trail.
/// </summary>
public abstract class MediaLibraryTests(SiteFixture<MediaSite> fixture)
{
    private MediaSite Site => fixture.Site;

    [SkippableFact]
    public async Task Upload_IsServedAnonymously_AsAStaticFile_WhenAnEditorUploadsThroughTheLibrary()
    {
        var (editor, userName) = await Site.BrowserAsync("Editor");
        var folder = "factsheets-" + Guid.NewGuid().ToString("N")[..6];
        using (var created = await LibraryForms.CreateFolderAsync(editor, "", folder))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        using var uploaded = await LibraryForms.UploadAsync(editor, folder, ("chart.png", LibraryForms.Png), ("report.pdf", LibraryForms.Pdf),
            ("notes.txt", "plain words"u8.ToArray()));

        Assert.True(uploaded.StatusCode == HttpStatusCode.Redirect, $"{(int)uploaded.StatusCode}\n{await uploaded.Content.ReadAsStringAsync()}");
        using var visitor = Site.CreateClient();
        using var image = await visitor.GetAsync($"/media/{folder}/chart.png");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal(LibraryForms.Png, await image.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", image.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("default-src 'none'; sandbox", image.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Null(image.Content.Headers.ContentDisposition);
        Assert.NotNull(image.Headers.ETag);
        Assert.NotNull(image.Content.Headers.LastModified);
        using var pdf = await visitor.GetAsync($"/media/{folder}/report.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Null(pdf.Content.Headers.ContentDisposition);
        using var text = await visitor.GetAsync($"/media/{folder}/notes.txt");
        Assert.Equal("attachment", text.Content.Headers.ContentDisposition?.DispositionType);

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/media/{folder}/chart.png");
        again.Headers.IfNoneMatch.Add(image.Headers.ETag!);
        using var notModified = await visitor.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        using var part = new HttpRequestMessage(HttpMethod.Get, $"/media/{folder}/chart.png");
        part.Headers.Range = new RangeHeaderValue(0, 7);
        using var range = await visitor.SendAsync(part);
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal(LibraryForms.Png[..8], await range.Content.ReadAsByteArrayAsync());

        var page = await editor.GetStringAsync("/admin/media?path=" + folder);
        Assert.Contains($"{folder}/report.pdf", page, StringComparison.Ordinal);
        var audited = await Site.WithStoreAsync(db => db.AuditEvents.Where(e => e.EventName == MediaAudit.MediaUploaded && e.Details!.StartsWith(folder + "/"))
            .Select(e => new { e.UserName, e.Details }).ToListAsync());
        Assert.Equal(3, audited.Count);
        Assert.All(audited, e => Assert.Equal(userName, e.UserName));
        Assert.True(await Site.WithStoreAsync(db => db.AuditEvents.AnyAsync(e => e.EventName == MediaAudit.MediaFolderCreated && e.Details == folder)));
    }

    [SkippableTheory]
    [InlineData("page.png")]
    [InlineData("page.pdf")]
    [InlineData("page.html")]
    [InlineData("logo.svg")]
    [InlineData("script.js")]
    [InlineData(".htaccess")]
    [InlineData("con.txt")]
    public async Task Upload_IsRefusedBesideTheFileInput_WhenTheFileIsHtmlWhateverItsName(string name)
    {
        var (editor, _) = await Site.BrowserAsync("Editor");

        using var refused = await LibraryForms.UploadAsync(editor, "", (name, LibraryForms.Html));

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("id=\"files-error\"", html, StringComparison.Ordinal);
        using var served = await Site.CreateClient().GetAsync("/media/" + Uri.EscapeDataString(name));
        Assert.Equal(HttpStatusCode.NotFound, served.StatusCode);
    }

    [SkippableFact]
    public async Task Upload_IsRefused_WhenTooLargeOrAlreadyThere()
    {
        var (editor, _) = await Site.BrowserAsync("Editor");
        var name = "big-" + Guid.NewGuid().ToString("N")[..6] + ".pdf";

        using var tooLarge = await LibraryForms.UploadAsync(editor, "", (name, LibraryForms.PdfOf(MediaSite.MaxFileSize + 1)));
        using var tooLargeRequest = await LibraryForms.UploadAsync(editor, "", (name, LibraryForms.PdfOf(MediaSite.MaxRequestBodySize + 1)));
        using var fits = await LibraryForms.UploadAsync(editor, "", (name, LibraryForms.PdfOf(MediaSite.MaxFileSize)));
        using var exists = await LibraryForms.UploadAsync(editor, "", (name, LibraryForms.Pdf));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLarge.StatusCode);
        Assert.Contains("larger than 0.3 MB", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLargeRequest.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fits.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, exists.StatusCode);
        Assert.Contains("already exists", await exists.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var served = await Site.CreateClient().GetAsync("/media/" + name);
        Assert.Equal(MediaSite.MaxFileSize, (await served.Content.ReadAsByteArrayAsync()).Length);
    }

    [SkippableFact]
    public async Task Upload_IsRefusedNot500_WhenAChunkedRequestHidesItsSize()
    {
        var (editor, _) = await Site.BrowserAsync("Editor");
        var form = await LibraryForms.FormAsync(editor, "", "Upload");
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields)
        {
            body.Add(new StringContent(value), name);
        }
        // A stream that cannot say its length makes the client send the body in chunks, without Content-Length.
        body.Add(new StreamContent(new UnknownLength(LibraryForms.PdfOf(MediaSite.MaxRequestBodySize + 1))), "files", "hidden.pdf");

        using var refused = await editor.PostAsync(form.Action, body);

        Assert.Null(refused.RequestMessage!.Content!.Headers.ContentLength);
        Assert.True(refused.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnprocessableEntity, $"{(int)refused.StatusCode}");
        using var served = await Site.CreateClient().GetAsync("/media/hidden.pdf");
        Assert.Equal(HttpStatusCode.NotFound, served.StatusCode);
    }

    [SkippableTheory]
    [InlineData("/media/../crmsite.db")]
    [InlineData("/media/%2E%2E/crmsite.db")]
    [InlineData("/media/..%2Fcrmsite.db")]
    [InlineData("/media/..%5Ccrmsite.db")]
    [InlineData("/media/%2Fetc%2Fpasswd")]
    [InlineData("/media//etc/passwd")]
    [InlineData("/media/nothing-here.png")]
    [InlineData("/media/")]
    public async Task Get_IsNotFound_WhenThePathIsMissingOrTraverses(string path)
    {
        using var visitor = Site.CreateClient();

        using var response = await visitor.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SkippableTheory]
    [InlineData("..")]
    [InlineData("../..")]
    [InlineData("a/../..")]
    [InlineData("/tmp")]
    public async Task LibraryPage_IsNotFound_WhenTheFolderTraverses(string folder)
    {
        var (editor, _) = await Site.BrowserAsync("Editor");

        using var response = await editor.GetAsync("/admin/media?path=" + Uri.EscapeDataString(folder));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SkippableFact]
    public async Task CreateFolder_IsRefusedBesideTheName_WhenTheNameTraverses()
    {
        var (editor, _) = await Site.BrowserAsync("Editor");

        using var refused = await LibraryForms.CreateFolderAsync(editor, "", "../outside");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("id=\"name-error\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Site.DataPath, "outside")));
    }

    [SkippableFact]
    public async Task Library_IsForbidden_WhenTheUserLacksManageMedia()
    {
        var (author, _) = await Site.BrowserAsync("Author");
        var (editor, _) = await Site.BrowserAsync("Editor");
        var form = await LibraryForms.FormAsync(editor, "", "Upload");
        form.Attach("files", "sneaky.png", LibraryForms.Png);

        using var page = await author.GetAsync("/admin/media");
        using var upload = await form.SubmitAsync(author, "");
        using var anonymous = await Site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/admin/media");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/admin/login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var served = await Site.CreateClient().GetAsync("/media/sneaky.png");
        Assert.Equal(HttpStatusCode.NotFound, served.StatusCode);
    }

    [SkippableFact]
    public async Task Delete_RemovesTheFileAndThenItsEmptyFolder_AndIsAudited()
    {
        var (editor, userName) = await Site.BrowserAsync("Editor");
        var folder = "old-" + Guid.NewGuid().ToString("N")[..6];
        (await LibraryForms.CreateFolderAsync(editor, "", folder)).Dispose();
        (await LibraryForms.UploadAsync(editor, folder, ("old.pdf", LibraryForms.Pdf))).Dispose();

        using var notEmpty = await LibraryForms.DeleteAsync(editor, "", folder);
        using var file = await LibraryForms.DeleteAsync(editor, folder, $"{folder}/old.pdf");
        using var served = await Site.CreateClient().GetAsync($"/media/{folder}/old.pdf");
        using var empty = await LibraryForms.DeleteAsync(editor, "", folder);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, notEmpty.StatusCode);
        Assert.Contains("is not empty", await notEmpty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, file.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, served.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
        using var gone = await editor.GetAsync("/admin/media?path=" + folder);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var events = await Site.WithStoreAsync(db => db.AuditEvents.Where(e => e.UserName == userName).OrderBy(e => e.Id).Select(e => e.EventName + " " + e.Details).ToListAsync());
        Assert.Contains($"{MediaAudit.MediaDeleted} {folder}/old.pdf", events);
        Assert.Contains($"{MediaAudit.MediaFolderDeleted} {folder}", events);
    }
}

/// <summary>A readable stream that does not know its length.</summary>
internal sealed class UnknownLength(byte[] content) : MemoryStream(content)
{
    public override bool CanSeek => false;
}

public sealed class MediaLibrarySqliteTests(MediaSqliteSite fixture) : MediaLibraryTests(fixture), IClassFixture<MediaSqliteSite>;

public sealed class MediaLibraryPostgresTests(MediaPostgresSite fixture) : MediaLibraryTests(fixture), IClassFixture<MediaPostgresSite>;
