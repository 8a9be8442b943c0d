using System.Net;
using System.Text.RegularExpressions;
using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Admin;

/// <summary>
/// The site's clock moved by hand: timers and delays keep running on the real clock, only "now" moves, so a test
/// can step past the minute after which the security stamp is checked again.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <summary>Moves "now" past the minute after which the security stamp is checked again, until disposed.</summary>
    public IDisposable PastTheStampCheck()
    {
        Offset = TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(5);
        return new Reset(this);
    }

    private sealed class Reset(ShiftedClock clock) : IDisposable
    {
        public void Dispose() => clock.Offset = TimeSpan.Zero;
    }
}

/// <summary>A site whose clock a test can move forward.</summary>
public sealed class ClockSite(StoreProvider provider) : SiteFactory(provider)
{
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class ClockSqliteSite() : SiteFixture<ClockSite>(StoreProvider.Sqlite, p => new ClockSite(p));

public sealed class ClockPostgresSite() : SiteFixture<ClockSite>(StoreProvider.Postgres, p => new ClockSite(p));

/// <summary>Drives <c>/admin/login</c> and <c>/admin/change-password</c> as a browser without script does.</summary>
public static partial class SignInPages
{
    public const string Password = CookieUsers.Password;

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public static HttpClient Browser(SiteFactory site) => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A new user with <paramref name="roles"/> and <see cref="Password"/>.</summary>
    public static Task<string> CreateUserAsync(SiteFactory site, params string[] roles) => CookieUsers.CreateAsync(site, roles);

    /// <summary>A browser signed in through the sign-in page.</summary>
    public static async Task<HttpClient> SignedInAsync(SiteFactory site, string userName, string password = Password)
    {
        var browser = Browser(site);
        using var response = await SignInAsync(browser, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>A browser signed in through the sign-in page as a new user with <paramref name="roles"/>.</summary>
    public static async Task<HttpClient> SignedInAsNewUserAsync(SiteFactory site, params string[] roles) =>
        await SignedInAsync(site, await CreateUserAsync(site, roles));

    /// <summary>
    /// The value of the form field <paramref name="name"/> (a hidden input or a text box) in <paramref name="html"/>;
    /// empty when the field has no value (Razor leaves a null value out).
    /// </summary>
    public static string Field(string html, string name) =>
        Regex.Match(html, "name=\"" + Regex.Escape(name) + "\"(?: type=\"hidden\")?(?: value=\"([^\"]*)\")?") is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"no field {name} in the page");

    /// <summary>Marks the user's password as generated at setup, as the administrator's is without configured credentials.</summary>
    public static async Task RequireNewPasswordAsync(SiteFactory site, string userName)
    {
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
    }

    /// <summary>The antiforgery token of the form on <paramref name="path"/> (its cookie stays in the client).</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string path)
    {
        return Field(await client.GetStringAsync(path), "__RequestVerificationToken");
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password, string? returnUrl = null, bool withToken = true)
    {
        var path = "/admin/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var form = new Dictionary<string, string> { ["userName"] = userName, ["password"] = password };
        if (withToken)
        {
            form["__RequestVerificationToken"] = await FormTokenAsync(client, path);
        }
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public static async Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string path, string userName, string current, string next, string? confirm = null)
    {
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await FormTokenAsync(client, path),
            ["userName"] = userName,
            ["currentPassword"] = current,
            ["newPassword"] = next,
            ["confirmPassword"] = confirm ?? next,
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    /// <summary>The sign-in error shown on the page, or null.</summary>
    public static async Task<string?> ErrorAsync(HttpResponseMessage response) =>
        ErrorPattern().Match(await response.Content.ReadAsStringAsync()) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("<p class=\"error\" role=\"alert\"[^>]*>([^<]*)</p>")]
    private static partial Regex ErrorPattern();
}
