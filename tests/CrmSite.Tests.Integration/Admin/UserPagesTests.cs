using System.Net;
using CrmSite.Content.Audit;
using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Admin;

/// <summary>
/// <c>/admin/users</c>: who may use it, roles and chapter scopes given and taken, disabling (sessions end, sign-in
/// refused), a stale edit shown instead of written, and the audit trail of each change.
/// </summary>
public abstract class UserPagesTests(SiteFixture<ClockSite> fixture)
{
    private ClockSite Site => fixture.Site;

    [SkippableFact]
    public async Task UsersPages_NeedManageUsers()
    {
        var editor = await SignInPages.CreateUserAsync(Site, "Editor");
        using var anonymous = SignInPages.Browser(Site);
        using var editorBrowser = await SignInPages.SignedInAsync(Site, editor);
        using var admin = await AdminAsync();

        using var anonymousList = await anonymous.GetAsync("/admin/users");
        using var editorList = await editorBrowser.GetAsync("/admin/users");
        using var editorEdit = await editorBrowser.GetAsync("/admin/users/" + await IdOfAsync(editor));
        using var adminList = await admin.GetAsync("/admin/users?q=" + editor);

        Assert.Equal(HttpStatusCode.Redirect, anonymousList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editorList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editorEdit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminList.StatusCode);
        var html = await adminList.Content.ReadAsStringAsync();
        Assert.Contains(editor, html, StringComparison.Ordinal);
        Assert.DoesNotContain(">" + SiteFactory.AdminUser + "</a>", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Administrator_ChangesRolesAndChapterScopes_AndTheAuditTrailSaysWhat()
    {
        var user = await SignInPages.CreateUserAsync(Site, "Author");
        var id = await IdOfAsync(user);
        using var admin = await AdminAsync();

        using var saved = await SaveAsync(admin, id, roles: ["Editor"], scopes: ["chapterpunjab", "chaptersindh"], enabled: true);
        using var page = await admin.GetAsync(saved.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Saved.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (roles, scopes) = await StoredAsync(user);
        Assert.Equal(["Editor"], roles);
        Assert.Equal(["chapterpunjab", "chaptersindh"], scopes);
        var audit = await Site.WithStoreAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.EventName == AccountAudit.UserChanged && e.Details!.Contains(user)).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(SiteFactory.AdminUser, entry.UserName);
        Assert.Equal($"user {user}: +role Editor, -role Author, +scope chapterpunjab, +scope chaptersindh", entry.Details);
    }

    [SkippableFact]
    public async Task DisabledUser_LosesTheirSessionWithinAMinute_AndCannotSignIn()
    {
        var user = await SignInPages.CreateUserAsync(Site, "Editor");
        using var browser = SignInPages.Browser(Site);
        using var signedIn = await SignInPages.SignInAsync(browser, user, SignInPages.Password);
        using var admin = await AdminAsync();

        using var disabled = await SaveAsync(admin, await IdOfAsync(user), roles: ["Editor"], scopes: [], enabled: false);

        using var before = await browser.GetAsync("/admin");
        using var later = Site.Clock.PastTheStampCheck();
        using var after = await browser.GetAsync("/admin");
        using var again = await SignInPages.SignInAsync(SignInPages.Browser(Site), user, SignInPages.Password);

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("The user name or password is wrong.", await SignInPages.ErrorAsync(again));
    }

    [SkippableFact]
    public async Task StaleEdit_ShowsTheUserAsItIsNow_AndWritesNothing()
    {
        var user = await SignInPages.CreateUserAsync(Site, "Author");
        var id = await IdOfAsync(user);
        using var admin = await AdminAsync();
        var staleStamp = SignInPages.Field(await admin.GetStringAsync("/admin/users/" + id), "concurrencyStamp");
        using var first = await SaveAsync(admin, id, roles: ["Editor"], scopes: [], enabled: true);

        using var second = await SaveAsync(admin, id, roles: ["Contributor"], scopes: [], enabled: true, stamp: staleStamp);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this user", html, StringComparison.Ordinal);
        Assert.Matches("id=\"role-Editor\"[^>]*checked", html);
        Assert.Equal(["Editor"], (await StoredAsync(user)).Roles);
    }

    [SkippableFact]
    public async Task BadChanges_AreRefusedBesideTheirField()
    {
        var user = await SignInPages.CreateUserAsync(Site, "Author");
        using var admin = await AdminAsync();
        var adminId = await IdOfAsync(SiteFactory.AdminUser);

        using var unknown = await SaveAsync(admin, await IdOfAsync(user), roles: ["Overlord"], scopes: ["chapternowhere"], enabled: true);
        using var self = await SaveAsync(admin, adminId, roles: ["Administrator"], scopes: [], enabled: false);
        using var demote = await SaveAsync(admin, adminId, roles: ["Editor"], scopes: [], enabled: true);
        using var noToken = await admin.PostAsync("/admin/users/" + adminId, new FormUrlEncodedContent(new Dictionary<string, string> { ["enabled"] = "false" }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        var unknownHtml = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("There is no role &#x27;Overlord&#x27;.", unknownHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"scopes-errors\"", unknownHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Contains("You cannot disable your own account.", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, demote.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(["Author"], (await StoredAsync(user)).Roles);
        Assert.Contains("Administrator", (await StoredAsync(SiteFactory.AdminUser)).Roles);
    }

    private Task<HttpClient> AdminAsync() => SignInPages.SignedInAsync(Site, SiteFactory.AdminUser, SiteFactory.AdminPassword);

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient admin, string id, string[] roles, string[] scopes, bool enabled, string? stamp = null)
    {
        var path = "/admin/users/" + id;
        var html = await admin.GetStringAsync(path);
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", SignInPages.Field(html, "__RequestVerificationToken")),
            new("concurrencyStamp", stamp ?? SignInPages.Field(html, "concurrencyStamp")),
        };
        form.AddRange(roles.Select(r => new KeyValuePair<string, string>("roles", r)));
        form.AddRange(scopes.Select(s => new KeyValuePair<string, string>("chapterScopes", s)));
        if (enabled)
        {
            form.Add(new("enabled", "true"));
        }
        return await admin.PostAsync(path, new FormUrlEncodedContent(form));
    }

    private async Task<string> IdOfAsync(string userName)
    {
        using var scope = Site.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>().FindByNameAsync(userName))!.Id;
    }

    private async Task<(IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes)> StoredAsync(string userName)
    {
        using var scope = Site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        var claims = await users.GetClaimsAsync(user);
        return ([.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)],
            [.. claims.Where(c => c.Type == "ChapterScope").Select(c => c.Value).Order(StringComparer.Ordinal)]);
    }
}

public sealed class UserPagesSqliteTests(ClockSqliteSite fixture) : UserPagesTests(fixture), IClassFixture<ClockSqliteSite>;

public sealed class UserPagesPostgresTests(ClockPostgresSite fixture) : UserPagesTests(fixture), IClassFixture<ClockPostgresSite>;
