using System.Net;
using System.Text.Json.Nodes;
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
    public const string Password = "User-Passw0rd!";

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public static HttpClient Browser(SiteFactory site) => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A new user with <paramref name="roles"/>, created by a <c>Users</c> recipe step.</summary>
    public static async Task<string> CreateUserAsync(SiteFactory site, params string[] roles)
    {
        var userName = "user-" + Guid.NewGuid().ToString("N")[..8];
        var recipe = new JsonObject
        {
            ["name"] = "user-" + userName,
            ["steps"] = new JsonArray
            {
                new JsonObject
                {
                    ["name"] = "Users",
                    ["Users"] = new JsonArray(new JsonObject
                    {
                        ["UserName"] = userName,
                        ["Password"] = Password,
                        ["RoleNames"] = new JsonArray([.. roles.Select(r => (JsonNode)r)]),
                    }),
                },
            },
        };
        await site.ImportAsync(recipe.ToJsonString());
        return userName;
    }

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
        var html = await client.GetStringAsync(path);
        return TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"{path} has no antiforgery token: {html}");
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

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<p class=\"error\" role=\"alert\"[^>]*>([^<]*)</p>")]
    private static partial Regex ErrorPattern();
}
