using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Media;

/// <summary>The media library for API clients: list and upload with ManageMediaContent, problem details on refusals.</summary>
public abstract class MediaApiTests(SiteFixture<MediaSite> fixture)
{
    private MediaSite Site => fixture.Site;

    [SkippableFact]
    public async Task Upload_IsListedAndServed_WhenAnEditorClientSendsFiles()
    {
        using var client = await Site.CreateApiClientAsync("Editor");
        var name = "api-" + Guid.NewGuid().ToString("N")[..6] + ".png";

        using var uploaded = await client.PostAsync("/api/media", Files((name, LibraryForms.Png)));

        var body = await uploaded.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(uploaded.StatusCode == HttpStatusCode.OK, $"{(int)uploaded.StatusCode} {body}");
        Assert.Equal(name, body!["files"]![0]!["mediaPath"]!.GetValue<string>());
        Assert.Equal("/media/" + name, body["files"]![0]!["url"]!.GetValue<string>());
        var listing = await client.GetFromJsonAsync<JsonObject>("/api/media?path=");
        Assert.Contains(listing!["files"]!.AsArray(), f => f!["name"]!.GetValue<string>() == name && f["mime"]!.GetValue<string>() == "image/png");
        Assert.Equal(LibraryForms.Png, await Site.CreateClient().GetByteArrayAsync("/media/" + name));
    }

    [SkippableFact]
    public async Task Upload_IsAProblemNamingTheFile_WhenTheFileIsRefused()
    {
        using var client = await Site.CreateApiClientAsync("Editor");

        using var refused = await client.PostAsync("/api/media", Files(("page.png", LibraryForms.Html)));

        var body = await refused.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(body!["errors"]!["page.png"]);
    }

    [SkippableFact]
    public async Task Api_IsForbiddenOrNotFound_WhenTheCallerOrFolderIsWrong()
    {
        using var author = await Site.CreateApiClientAsync("Author");
        using var editor = await Site.CreateApiClientAsync("Editor");
        var (browser, _) = await Site.BrowserAsync("Editor");

        using var list = await author.GetAsync("/api/media");
        using var upload = await author.PostAsync("/api/media", Files(("a.png", LibraryForms.Png)));
        using var traversal = await editor.GetAsync("/api/media?path=..%2F..");
        using var missing = await editor.PostAsync("/api/media?path=no-such-folder", Files(("a.png", LibraryForms.Png)));
        using var cookieWithoutToken = await browser.PostAsync("/api/media", Files(("a.png", LibraryForms.Png)));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, cookieWithoutToken.StatusCode);
    }

    private static MultipartFormDataContent Files(params (string Name, byte[] Content)[] files)
    {
        var body = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            body.Add(new ByteArrayContent(content), "files", name);
        }
        return body;
    }
}

public sealed class MediaApiSqliteTests(MediaSqliteSite fixture) : MediaApiTests(fixture), IClassFixture<MediaSqliteSite>;

public sealed class MediaApiPostgresTests(MediaPostgresSite fixture) : MediaApiTests(fixture), IClassFixture<MediaPostgresSite>;
