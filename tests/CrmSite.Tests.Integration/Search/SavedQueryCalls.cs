using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Search;

/// <summary>Imports saved queries through the <c>Queries</c> step and calls <c>/api/queries/{name}</c>.</summary>
public static class SavedQueryCalls
{
    public static JsonObject LuceneQuery(string name, string index, string template, bool contentItems = true) => new()
    {
        ["Source"] = "Lucene",
        ["Name"] = name,
        ["Index"] = index,
        ["Template"] = template,
        ["Schema"] = """{ "type": "object" }""",
        ["ReturnContentItems"] = contentItems,
    };

    public static string Recipe(params JsonObject[] queries) => Steps(new JsonObject { ["name"] = "Queries", ["Queries"] = new JsonArray([.. queries]) });

    /// <summary>A recipe whose Roles step adds <paramref name="permissions"/> to <paramref name="role"/> (creating it if needed).</summary>
    public static string Grant(string role, params string[] permissions) => Steps(new JsonObject
    {
        ["name"] = "Roles",
        ["Roles"] = new JsonArray(new JsonObject
        {
            ["Name"] = role,
            ["PermissionBehavior"] = "Add",
            ["Permissions"] = new JsonArray([.. permissions.Select(p => (JsonNode)p)]),
        }),
    });

    /// <summary>A client of a role that holds ExecuteApiAll and nothing else of its own.</summary>
    public static async Task<HttpClient> CreateRunnerAsync(SiteFactory site)
    {
        await site.ImportAsync(Grant("QueryRunner", "ExecuteApiAll"));
        return await site.CreateApiClientAsync("QueryRunner");
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string name, JsonObject? parameters = null) =>
        client.PostAsync($"/api/queries/{name}",
            new StringContent(new JsonObject { ["parameters"] = parameters?.DeepClone() ?? new JsonObject() }.ToJsonString(), Encoding.UTF8, "application/json"));

    public static async Task<JsonObject> RunAsync(HttpClient client, string name, JsonObject? parameters = null)
    {
        using var response = await PostAsync(client, name, parameters);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.IsSuccessStatusCode, $"query {name} failed: {(int)response.StatusCode} {body}");
        return body!;
    }

    /// <summary>Runs the query until <paramref name="done"/> holds or <paramref name="seconds"/> pass; returns the last answer.</summary>
    public static async Task<JsonObject> UntilAsync(HttpClient client, string name, JsonObject parameters, Func<JsonObject, bool> done, double seconds = 15)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var result = await RunAsync(client, name, parameters);
            if (done(result) || watch.Elapsed.TotalSeconds > seconds)
            {
                return result;
            }
            await Task.Delay(50);
        }
    }

    private static string Steps(JsonObject step) =>
        new JsonObject { ["name"] = "saved-queries-" + Guid.NewGuid().ToString("N")[..6], ["steps"] = new JsonArray(step) }.ToJsonString();
}
