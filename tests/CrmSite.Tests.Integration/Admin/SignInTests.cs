using System.Net;
using System.Net.Http.Json;
using CrmSite.Content.Audit;
using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Tests.Integration.Admin;

/// <summary>
/// <c>/admin/login</c> and <c>/admin/change-password</c>: sign-in, one answer for every failure, lockout, the
/// forced password change, open redirects, antiforgery, session revocation by the security stamp, the admin pages'
/// security headers and the audit trail of sign-ins.
/// </summary>
public abstract class SignInTests(SiteFixture<ClockSite> fixture)
{
    private ClockSite Site => fixture.Site;

    [SkippableFact]
    public async Task SignIn_LandsOnTheLocalReturnUrl_AndOpensTheAdmin()
    {
        var user = await SignInPages.CreateUserAsync(Site, "Editor");
        using var browser = SignInPages.Browser(Site);

        using var signedIn = await SignInPages.SignInAsync(browser, user, SignInPages.Password, returnUrl: "/admin/graphql");
        using var admin = await browser.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/admin/graphql", signedIn.Headers.Location?.OriginalString);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("crmsite.auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains($"Signed in as {user}", await admin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/admin")]
    [InlineData("/\\evil.example")]
    [InlineData("http:evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task SignIn_GoesToTheAdmin_WhenTheReturnUrlLeavesTheSite(string returnUrl)
    {
        var user = await SignInPages.CreateUserAsync(Site, "Editor");
        using var browser = SignInPages.Browser(Site);

        using var response = await SignInPages.SignInAsync(browser, user, SignInPages.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task UnknownUser_WrongPassword_AndLockedAccount_GetTheSameAnswer()
    {
        var user = await SignInPages.CreateUserAsync(Site, "Editor");
        using var browser = SignInPages.Browser(Site);

        using var unknown = await SignInPages.SignInAsync(browser, "nobody-" + Guid.NewGuid().ToString("N")[..6], SignInPages.Password);
        var wrong = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            using var attempt = await SignInPages.SignInAsync(browser, user, "Wrong-Passw0rd!");
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
            wrong.Add(await SignInPages.ErrorAsync(attempt));
        }
        // Five failures lock the account: now the right password gets the same answer and no session.
        using var locked = await SignInPages.SignInAsync(browser, user, SignInPages.Password);
        using var admin = await browser.GetAsync("/admin");
        using var api = Site.CreateClient();
        using var apiLocked = await api.PostAsJsonAsync("/api/account/login", new { userName = user, password = SignInPages.Password });
        using var apiWrong = await api.PostAsJsonAsync("/api/account/login", new { userName = "nobody", password = "Wrong-Passw0rd!" });

        const string Message = "The user name or password is wrong.";
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(Message, await SignInPages.ErrorAsync(unknown));
        Assert.All(wrong, m => Assert.Equal(Message, m));
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(Message, await SignInPages.ErrorAsync(locked));
        Assert.DoesNotContain(locked.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("crmsite.auth=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, apiLocked.StatusCode);
        var lockedBody = await apiLocked.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        var wrongBody = await apiWrong.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        Assert.Equal(wrongBody!["detail"]!.GetValue<string>(), lockedBody!["detail"]!.GetValue<string>());
        Assert.Equal(wrongBody["title"]!.GetValue<string>(), lockedBody["title"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Posts_WithoutTheAntiforgeryToken_Get400AndChangeNothing()
    {
        var user = await SignInPages.CreateUserAsync(Site, "Editor");
        using var browser = SignInPages.Browser(Site);

        using var signIn = await SignInPages.SignInAsync(browser, user, SignInPages.Password, withToken: false);
        using var signedIn = await SignInPages.SignInAsync(browser, user, SignInPages.Password);
        using var signOut = await browser.PostAsync("/admin?handler=SignOut", new FormUrlEncodedContent([]));
        using var stillIn = await browser.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [SkippableFact]
    public async Task GeneratedPassword_MustBeReplaced_BeforeTheUserSignsIn()
    {
        var user = await SignInPages.CreateUserAsync(Site, "Editor");
        await SignInPages.RequireNewPasswordAsync(Site, user);
        using var browser = SignInPages.Browser(Site);

        using var signIn = await SignInPages.SignInAsync(browser, user, SignInPages.Password, returnUrl: "/admin/graphql");
        var changePage = signIn.Headers.Location!.OriginalString;
        using var notSignedIn = await browser.GetAsync("/admin");
        using var mismatch = await SignInPages.ChangePasswordAsync(browser, changePage, user, SignInPages.Password, "New-Passw0rd!", confirm: "Other-Passw0rd!");
        using var weak = await SignInPages.ChangePasswordAsync(browser, changePage, user, SignInPages.Password, "short");
        using var changed = await SignInPages.ChangePasswordAsync(browser, changePage, user, SignInPages.Password, "New-Passw0rd!");
        using var admin = await browser.GetAsync("/admin");
        using var other = SignInPages.Browser(Site);
        using var oldPassword = await SignInPages.SignInAsync(other, user, SignInPages.Password);
        using var newPassword = await SignInPages.SignInAsync(other, user, "New-Passw0rd!");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/admin/change-password?", changePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, notSignedIn.StatusCode);
        Assert.Contains("not the same", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("id=\"new-password-problems\"", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/admin/graphql", changed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal("The user name or password is wrong.", await SignInPages.ErrorAsync(oldPassword));
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
    }

    [SkippableFact]
    public async Task Session_EndsWithinAMinute_WhenThePasswordIsChangedElsewhere()
    {
        var user = await SignInPages.CreateUserAsync(Site, "Editor");
        using var browser = SignInPages.Browser(Site);
        using var _ = await SignInPages.SignInAsync(browser, user, SignInPages.Password);
        using var api = Site.CreateClient();
        using var change = await api.PostAsJsonAsync("/api/account/change-password", new { userName = user, currentPassword = SignInPages.Password, newPassword = "Changed-Passw0rd!" });

        using var before = await browser.GetAsync("/admin");
        using var later = Site.Clock.PastTheStampCheck();
        using var after = await browser.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/admin/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SignOut_EndsACopyOfTheSession_WithinAMinute()
    {
        var user = await SignInPages.CreateUserAsync(Site, "Editor");
        using var browser = SignInPages.Browser(Site);
        using var signedIn = await SignInPages.SignInAsync(browser, user, SignInPages.Password);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("crmsite.auth=", StringComparison.Ordinal)).Split(';')[0];
        using var copy = Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        var token = await SignInPages.FormTokenAsync(browser, "/admin");
        using var signOut = await browser.PostAsync("/admin?handler=SignOut", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        using var originalAfter = await browser.GetAsync("/admin");
        using var copyBefore = await copy.GetAsync("/admin");
        using var later = Site.Clock.PastTheStampCheck();
        using var copyAfter = await copy.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, originalAfter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, copyBefore.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, copyAfter.StatusCode);
    }

    [SkippableTheory]
    [InlineData("/admin/login")]
    [InlineData("/admin")]
    [InlineData("/admin/search/indexes")]
    [InlineData("/admin/change-password")]
    public async Task AdminAnswers_CarryTheSecurityHeaders(string path)
    {
        using var browser = SignInPages.Browser(Site);

        using var response = await browser.GetAsync(path);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [SkippableFact]
    public async Task AuditTrail_RecordsSignIns_AndFailures_WithoutThePassword()
    {
        var user = await SignInPages.CreateUserAsync(Site, "Editor");
        using var browser = SignInPages.Browser(Site);
        const string WrongPassword = "Secret-Wrong-Passw0rd-42";

        using var failed = await SignInPages.SignInAsync(browser, user, WrongPassword);
        using var signedIn = await SignInPages.SignInAsync(browser, user, SignInPages.Password);

        var events = await Site.WithStoreAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.UserName == user).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AccountAudit.SignInFailed, AccountAudit.SignedIn], events.Select(e => e.EventName));
        Assert.All(events, e => Assert.DoesNotContain(WrongPassword, e.Details ?? "", StringComparison.Ordinal));
        Assert.All(events, e => Assert.DoesNotContain(SignInPages.Password, e.Details ?? "", StringComparison.Ordinal));
    }
}

public sealed class SignInSqliteTests(ClockSqliteSite fixture) : SignInTests(fixture), IClassFixture<ClockSqliteSite>;

public sealed class SignInPostgresTests(ClockPostgresSite fixture) : SignInTests(fixture), IClassFixture<ClockPostgresSite>;

/// <summary>The per-address limit on sign-in attempts, on a site of its own with a small limit.</summary>
public sealed class SignInRateLimitTests : IDisposable
{
    private readonly SiteFactory _site = new(StoreProvider.Sqlite) { SignInAttemptsPerMinute = 3 };

    [Fact]
    public async Task SignInAttempts_Get429WithRetryAfter_OverTheLimit_OnThePageAndTheApi()
    {
        using var browser = SignInPages.Browser(_site);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var attempt = await SignInPages.SignInAsync(browser, "nobody", "Wrong-Passw0rd!");
            statuses.Add(attempt.StatusCode);
        }

        using var page = await SignInPages.SignInAsync(browser, "nobody", "Wrong-Passw0rd!");
        using var api = await browser.PostAsJsonAsync("/api/account/login", new { userName = SiteFactory.AdminUser, password = SiteFactory.AdminPassword });
        using var form = await browser.GetAsync("/admin/login");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.True(int.Parse(page.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    public void Dispose() => _site.Dispose();
}
