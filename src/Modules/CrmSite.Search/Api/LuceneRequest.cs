using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace CrmSite.Search.Api;

/// <summary>
/// What <c>/api/lucene/content</c> and <c>/documents</c> receive, from the query string (GET), a form or a JSON body
/// (POST): <c>indexName</c>, <c>query</c> (the DSL, in which <c>{{ name }}</c> takes a parameter's value) and
/// <c>parameters</c> (a JSON object).
/// </summary>
public sealed partial record LuceneRequest(string? IndexName, string? Query, string? Parameters)
{
    public static async Task<LuceneRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return new(request.Query["indexName"], request.Query["query"], request.Query["parameters"]);
        }
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return new(form["indexName"], form["query"], form["parameters"]);
        }
        var body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject ?? [];
        return new(Text(body["indexName"]), Text(body["query"]) ?? body["query"]?.ToJsonString(), Text(body["parameters"]) ?? body["parameters"]?.ToJsonString());
    }

    /// <summary>The query with each <c>{{ name }}</c> replaced by the parameter's value (strings JSON-escaped, unquoted).</summary>
    public string Render()
    {
        if (string.IsNullOrWhiteSpace(Parameters) || Query is null)
        {
            return Query ?? "";
        }
        var values = JsonNode.Parse(Parameters) as JsonObject
            ?? throw new JsonException("parameters must be a JSON object.");
        return Placeholder().Replace(Query, m => values[m.Groups[1].Value] switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => JsonSerializer.Serialize(s)[1..^1],
            null => "",
            var other => other.ToJsonString(),
        });
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}", RegexOptions.None, matchTimeoutMilliseconds: 500)]
    private static partial Regex Placeholder();
}
