using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>Posts GraphQL documents to <c>/api/graphql</c> for the search and saved-query tests, and waits for the index.</summary>
public static class SearchGraphCalls
{
    public static async Task<(HttpStatusCode Status, JsonObject Body)> SendAsync(HttpClient client, string query, JsonObject? variables = null)
    {
        var request = new JsonObject { ["query"] = query, ["variables"] = variables?.DeepClone() };
        using var response = await client.PostAsync("/api/graphql", new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (response.StatusCode, body!);
    }

    /// <summary>The answer's data; fails the test when the answer has errors.</summary>
    public static async Task<JsonObject> DataAsync(HttpClient client, string query, JsonObject? variables = null)
    {
        var (status, body) = await SendAsync(client, query, variables);
        Assert.True(status == HttpStatusCode.OK && body["errors"] is null, $"GraphQL failed: {(int)status} {body}");
        return body["data"]!.AsObject();
    }

    /// <summary>Runs the document until <paramref name="done"/> holds or <paramref name="seconds"/> pass; returns the last data.</summary>
    public static async Task<JsonObject> DataUntilAsync(HttpClient client, string query, JsonObject? variables, Func<JsonObject, bool> done, double seconds = 20)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var data = await DataAsync(client, query, variables);
            if (done(data) || watch.Elapsed.TotalSeconds > seconds)
            {
                return data;
            }
            await Task.Delay(100);
        }
    }

    public const string SearchDocument = """
        query ($q: String!, $culture: String, $types: [String!], $first: Int, $skip: Int) {
          search(query: $q, culture: $culture, types: $types, first: $first, skip: $skip) {
            total
            hits { score highlights titleHtml contentItemId item { contentItemId contentType displayText published } }
          }
        }
        """;

    public static JsonObject Words(string q, string? culture = null, int? first = null, params string[] types) => new()
    {
        ["q"] = q,
        ["culture"] = culture,
        ["first"] = first,
        ["types"] = types.Length == 0 ? null : new JsonArray([.. types.Select(t => (JsonNode)t)]),
    };

    public static IReadOnlyList<JsonObject> Hits(JsonObject data) => [.. data["search"]!["hits"]!.AsArray().Select(h => h!.AsObject())];

    public static IReadOnlyList<string> HitIds(JsonObject data) => [.. Hits(data).Select(h => h["item"]!["contentItemId"]!.GetValue<string>())];

    public static int Total(JsonObject data) => data["search"]!["total"]!.GetValue<int>();

    /// <summary>The message and code of the first error.</summary>
    public static (string Message, string? Code) Error(JsonObject body)
    {
        var error = body["errors"]![0]!;
        return (error["message"]!.GetValue<string>(), error["extensions"]?["code"]?.GetValue<string>());
    }
}
