using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.Search;

/// <summary>Calls to /api/search and /api/search/suggest for the tests.</summary>
public static class SiteSearches
{
    public static async Task<JsonObject> SearchAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/search?" + query);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static string Q(string words) => "q=" + Uri.EscapeDataString(words);

    public static IReadOnlyList<string> Ids(JsonObject result) =>
        [.. result["hits"]!.AsArray().Select(h => h!["contentItemId"]!.GetValue<string>())];

    public static async Task<IReadOnlyList<JsonObject>> SuggestAsync(HttpClient client, string typed)
    {
        using var response = await client.GetAsync("/api/search/suggest?q=" + Uri.EscapeDataString(typed));
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return [.. body["suggestions"]!.AsArray().Select(s => s!.AsObject())];
    }

    /// <summary>Searches until <paramref name="done"/> holds or the time is up; returns the last answer.</summary>
    public static async Task<JsonObject> UntilAsync(HttpClient client, string query, Func<JsonObject, bool> done, double seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var result = await SearchAsync(client, query);
            if (done(result) || DateTime.UtcNow > deadline)
            {
                return result;
            }
            await Task.Delay(50);
        }
    }

    public static IReadOnlyList<JsonObject> Facet(JsonObject result, string name) =>
        [.. result["facets"]![name]!.AsArray().Select(v => v!.AsObject())];
}
