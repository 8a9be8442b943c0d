using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>Signs the callers of the matrix in with the cookie, as a browser is, with their roles and chapter scopes.</summary>
public static class MatrixSessions
{
    private const string Password = CookieUsers.Password;

    public static async Task<MatrixSession> SignInAsync(SiteFactory site, MatrixCaller caller)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (!caller.SignedIn)
        {
            return new MatrixSession(caller, client, null);
        }
        var (name, id) = await CreateUserAsync(site, caller.Roles, caller.Scopes);
        using var login = await client.PostAsJsonAsync("/api/account/login", new { userName = name, password = Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        var token = await client.GetFromJsonAsync<JsonObject>("/api/account/antiforgery");
        client.DefaultRequestHeaders.Add(token!["headerName"]!.GetValue<string>(), token["token"]!.GetValue<string>());
        return new MatrixSession(caller, client, id);
    }

    /// <summary>A user with <paramref name="roles"/> and <paramref name="scopes"/>; returns its name and id.</summary>
    public static Task<(string Name, string Id)> CreateUserAsync(SiteFactory site, IEnumerable<string> roles, IEnumerable<string> scopes) =>
        CookieUsers.CreateAsync(site, roles, scopes, "matrix-");
}
