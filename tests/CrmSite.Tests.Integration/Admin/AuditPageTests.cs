using System.Net;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Admin;

/// <summary><c>/admin/audit</c>: who may read it, content and account events with their author, filters and paging.</summary>
public abstract class AuditPageTests(SiteFixture<ClockSite> fixture)
{
    private ClockSite Site => fixture.Site;

    [SkippableFact]
    public async Task AuditPage_NeedsViewAuditTrail()
    {
        var author = await SignInPages.CreateUserAsync(Site, "Author");
        var editor = await SignInPages.CreateUserAsync(Site, "Editor");
        using var anonymous = SignInPages.Browser(Site);
        using var authorBrowser = await SignedInAsync(author);
        using var editorBrowser = await SignedInAsync(editor);

        using var anonymousPage = await anonymous.GetAsync("/admin/audit");
        using var authorPage = await authorBrowser.GetAsync("/admin/audit");
        using var editorPage = await editorBrowser.GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.Redirect, anonymousPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, authorPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, editorPage.StatusCode);
    }

    [SkippableFact]
    public async Task ContentChanges_AreListedWithWhoMadeThem_FilteredByItem()
    {
        var editor = await SignInPages.CreateUserAsync(Site, "Editor");
        using var browser = await SignedInAsync(editor);
        using var api = await Site.CreateApiClientAsync("Editor");
        var page = await Pages.CreateAsync(api, "Audited page");

        var html = await browser.GetStringAsync("/admin/audit?item=" + Pages.Id(page));

        Assert.Contains("Page " + Pages.Id(page), html, StringComparison.Ordinal);
        Assert.Contains("<td>Created</td>", html, StringComparison.Ordinal);
        Assert.Matches("<td>[^<]+</td>\\s*<td>Created</td>", html);
        Assert.DoesNotContain("<td>SignedIn</td>", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Events_ArePagedNewestFirst_AndFilteredByUserAndEvent()
    {
        var editor = await SignInPages.CreateUserAsync(Site, "Editor");
        using var browser = await SignedInAsync(editor);
        var target = "audited-" + Guid.NewGuid().ToString("N")[..6];
        using var attempts = SignInPages.Browser(Site);
        for (var i = 0; i < 53; i++)
        {
            using var _ = await SignInPages.SignInAsync(attempts, target, "Wrong-Passw0rd!");
        }

        var first = await browser.GetStringAsync($"/admin/audit?user={target}&event=SignInFailed");
        var older = System.Text.RegularExpressions.Regex.Match(first, "<a href=\"([^\"]+)\">Older events</a>").Groups[1].Value;
        var second = await browser.GetStringAsync(WebUtility.HtmlDecode(older));
        var otherEvent = await browser.GetStringAsync($"/admin/audit?user={target}&event=SignedIn");

        Assert.Equal(50, Rows(first));
        Assert.Contains("before=", older, StringComparison.Ordinal);
        Assert.Equal(3, Rows(second));
        Assert.DoesNotContain("Older events", second, StringComparison.Ordinal);
        Assert.Equal(0, Rows(otherEvent));
        Assert.Contains("No events match.", otherEvent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task BadDate_IsShownBesideItsField_With400()
    {
        var editor = await SignInPages.CreateUserAsync(Site, "Editor");
        using var browser = await SignedInAsync(editor);

        using var response = await browser.GetAsync("/admin/audit?from=yesterday&to=2026-11-24");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"from-error\"", html, StringComparison.Ordinal);
        Assert.Contains("&#x27;yesterday&#x27; is not a date", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"to-error\"", html, StringComparison.Ordinal);
    }

    private Task<HttpClient> SignedInAsync(string userName) => SignInPages.SignedInAsync(Site, userName);

    private static int Rows(string html) => System.Text.RegularExpressions.Regex.Count(html, "<tr>\\s*<td><time");
}

public sealed class AuditPageSqliteTests(ClockSqliteSite fixture) : AuditPageTests(fixture), IClassFixture<ClockSqliteSite>;

public sealed class AuditPagePostgresTests(ClockPostgresSite fixture) : AuditPageTests(fixture), IClassFixture<ClockPostgresSite>;
