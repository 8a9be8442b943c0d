using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.Search;

/// <summary>Calls <c>/api/lucene/content</c> and waits for the background sync where a test needs it.</summary>
public static class LuceneQueries
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string index, string query, string path = "/api/lucene/content") =>
        client.PostAsync(path, new StringContent(new JsonObject { ["indexName"] = index, ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"));

    public static async Task<JsonObject> QueryAsync(HttpClient client, string index, string query, string path = "/api/lucene/content")
    {
        using var response = await PostAsync(client, index, query, path);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.IsSuccessStatusCode, $"query failed: {(int)response.StatusCode} {body}");
        return body!;
    }

    public static string ById(string id) => "{\"query\":{\"term\":{\"ContentItemId\":\"" + id + "\"}}}";

    public static IReadOnlyList<string> Ids(JsonObject result) =>
        [.. result["items"]!.AsArray().Select(i => i!["ContentItemId"]!.GetValue<string>())];

    /// <summary>Queries until <paramref name="done"/> holds or <paramref name="seconds"/> pass; returns the last answer.</summary>
    public static async Task<JsonObject> UntilAsync(HttpClient client, string index, string query, Func<JsonObject, bool> done, double seconds = 10)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var result = await QueryAsync(client, index, query);
            if (done(result) || watch.Elapsed.TotalSeconds > seconds)
            {
                return result;
            }
            await Task.Delay(50);
        }
    }
}
