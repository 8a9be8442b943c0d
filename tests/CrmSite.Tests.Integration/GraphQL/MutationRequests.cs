using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>GraphQL requests to <c>/api/graphql</c>, the callers that send them, and what their answers say.</summary>
public static class MutationRequests
{
    public const string Password = CookieUsers.Password;

    /// <summary>POSTs <paramref name="query"/> with <paramref name="variables"/>; returns the status and the parsed body.</summary>
    public static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(HttpClient client, string query, JsonObject? variables = null)
    {
        var request = new JsonObject { ["query"] = query, ["variables"] = variables };
        using var content = new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal); // never a stack trace
        return (response.StatusCode, (JsonNode.Parse(text) as JsonObject)!);
    }

    /// <summary>The data of a field that succeeded, failing the test with the errors otherwise.</summary>
    public static JsonObject Data(JsonObject body, string field)
    {
        Assert.True(body["errors"] is null, $"unexpected errors: {body["errors"]?.ToJsonString()}");
        return (JsonObject)body["data"]![field]!;
    }

    /// <summary>The single error of an answer, asserting its code.</summary>
    public static JsonObject Error(JsonObject body, string code)
    {
        var error = (JsonObject)Assert.Single(body["errors"]!.AsArray())!;
        Assert.True(error["extensions"]?["code"]?.GetValue<string>() == code, $"expected {code}: {body.ToJsonString()}");
        return error;
    }

    /// <summary>The messages an error lists under <paramref name="member"/> in <c>extensions.errors</c>.</summary>
    public static IReadOnlyList<string> Messages(JsonObject error, string member)
    {
        var messages = error["extensions"]?["errors"]?[member] as JsonArray;
        Assert.True(messages is { Count: > 0 }, $"no error under {member}: {error.ToJsonString()}");
        return messages.Select(m => m!.GetValue<string>()).ToList();
    }

    /// <summary>
    /// A client signed in with the cookie as a new user with <paramref name="roles"/> and, when given, a chapter
    /// scope; it sends the antiforgery header unless <paramref name="antiforgery"/> is false.
    /// </summary>
    public static async Task<HttpClient> SignInAsync(SiteFactory site, string[] roles, string? chapterScope = null, bool antiforgery = true)
    {
        var (name, _) = await CookieUsers.CreateAsync(site, roles, chapterScope is null ? [] : [chapterScope], "member-");
        var client = site.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/account/login", new { userName = name, password = Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        if (antiforgery)
        {
            var token = await client.GetFromJsonAsync<JsonObject>("/api/account/antiforgery");
            client.DefaultRequestHeaders.Add(token!["headerName"]!.GetValue<string>(), token["token"]!.GetValue<string>());
        }
        return client;
    }

    /// <summary>The version <paramref name="options"/> names of an item, read from the store.</summary>
    public static async Task<ContentItem?> StoredAsync(SiteFactory site, string contentItemId, VersionOptions options)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ContentReader>().GetAsync(contentItemId, options);
    }

    /// <summary>How many versions the store holds, of every item.</summary>
    public static Task<int> VersionCountAsync(SiteFactory site) =>
        site.WithStoreAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.ContentItems));
}
