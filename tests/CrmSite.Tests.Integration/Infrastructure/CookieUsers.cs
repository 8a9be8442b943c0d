using System.Net;
using System.Security.Claims;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Store;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Infrastructure;

/// <summary>Users created by a <c>Users</c> recipe step and signed in with the cookie, as a browser is.</summary>
public static class CookieUsers
{
    public const string Password = "User-Passw0rd!";

    /// <summary>A new user with <paramref name="roles"/> and <see cref="Password"/>, created by a <c>Users</c> recipe step.</summary>
    public static async Task<string> CreateAsync(SiteFactory site, params string[] roles)
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

    /// <summary>
    /// A new user with <paramref name="roles"/>, the <c>ChapterScope</c> claims <paramref name="chapterScopes"/> and
    /// <see cref="Password"/>, made with the user manager (a recipe sets no claims); returns its name and id.
    /// </summary>
    public static async Task<(string Name, string Id)> CreateAsync(SiteFactory site, IEnumerable<string> roles, IEnumerable<string> chapterScopes,
        string prefix = "user-")
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..8];
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var user = new CrmUser { UserName = name };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        foreach (var role in roles)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded, $"no role {role}");
        }
        foreach (var chapter in chapterScopes)
        {
            Assert.True((await users.AddClaimAsync(user, new Claim("ChapterScope", chapter))).Succeeded);
        }
        return (name, user.Id);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, signed in as a new user with <paramref name="roles"/>.</summary>
    public static async Task<HttpClient> SignInAsync(SiteFactory site, params string[] roles)
    {
        var userName = await CreateAsync(site, roles);
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var login = await client.PostAsJsonAsync("/api/account/login", new { userName, password = Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        return client;
    }
}
