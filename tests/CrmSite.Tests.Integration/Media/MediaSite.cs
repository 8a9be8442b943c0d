using System.Globalization;
using System.Net;
using System.Text;
using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Admin;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CrmSite.Tests.Integration.Media;

/// <summary>A site with small media limits (a file up to 300 kB, a request up to 1 MB), so size tests send little.</summary>
public sealed class MediaSite(StoreProvider provider) : SiteFactory(provider)
{
    public const int MaxFileSize = 300_000;
    public const int MaxRequestBodySize = 1_000_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CrmSite:Media:MaxFileSize", MaxFileSize.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("CrmSite:Media:MaxRequestBodySize", MaxRequestBodySize.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A browser signed in through the sign-in page as a new user with <paramref name="roles"/>; its name too.</summary>
    public async Task<(HttpClient Browser, string UserName)> BrowserAsync(params string[] roles)
    {
        var name = await CookieUsers.CreateAsync(this, roles);
        return (await SignInPages.SignedInAsync(this, name), name);
    }
}

public sealed class MediaSqliteSite() : SiteFixture<MediaSite>(StoreProvider.Sqlite, p => new MediaSite(p));

public sealed class MediaPostgresSite() : SiteFixture<MediaSite>(StoreProvider.Postgres, p => new MediaSite(p));

/// <summary>Files to upload, and the library page's forms as a browser submits them.</summary>
public static class LibraryForms
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    public static readonly byte[] Html = Encoding.ASCII.GetBytes("<html><body><script>fetch('/admin/users')</script></body></html>");

    /// <summary><paramref name="size"/> bytes that start as a PDF.</summary>
    public static byte[] PdfOf(int size)
    {
        var content = new byte[size];
        Pdf.CopyTo(content, 0);
        return content;
    }

    /// <summary>The library page of <paramref name="folder"/> and its form posting to <paramref name="handler"/>.</summary>
    public static async Task<EditorForm> FormAsync(HttpClient browser, string folder, string handler)
    {
        var path = folder.Length == 0 ? "/admin/media" : "/admin/media?path=" + Uri.EscapeDataString(folder);
        using var response = await browser.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}\n{html}");
        return EditorForm.Parse(html, path, $"form[action$='handler={handler}']");
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string folder, params (string Name, byte[] Content)[] files)
    {
        var form = await FormAsync(browser, folder, "Upload");
        foreach (var (name, content) in files)
        {
            form.Attach("files", name, content);
        }
        return await form.SubmitAsync(browser, "");
    }

    public static async Task<HttpResponseMessage> CreateFolderAsync(HttpClient browser, string parent, string name)
    {
        var form = await FormAsync(browser, parent, "Folder");
        form["name"] = name;
        return await form.SubmitAsync(browser, "");
    }

    public static async Task<HttpResponseMessage> DeleteAsync(HttpClient browser, string folder, string target)
    {
        var form = await FormAsync(browser, folder, "Delete");
        form["target"] = target;
        return await form.SubmitAsync(browser, "");
    }
}
