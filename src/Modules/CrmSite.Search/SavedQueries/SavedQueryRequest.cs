using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CrmSite.Search.SavedQueries;

/// <summary>
/// The parameters of <c>/api/queries/{name}</c>, a JSON object: <c>parameters</c> from the query string (GET, or a
/// POST without a body), a form, or a JSON body <c>{"parameters": {...}}</c>. A JSON body without a
/// <c>parameters</c> member is the parameters themselves, as Orchard posts them.
/// </summary>
public static class SavedQueryRequest
{
    /// <exception cref="JsonException">The parameters are not a JSON object.</exception>
    public static async Task<JsonObject> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            return Parse((await request.ReadFormAsync(cancellationToken))["parameters"]);
        }
        if (HttpMethods.IsGet(request.Method) || !request.HasJsonContentType())
        {
            return Parse(request.Query["parameters"]);
        }
        var body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject
            ?? throw new JsonException("The body must be a JSON object.");
        return body["parameters"] switch
        {
            null when !body.ContainsKey("parameters") => body,
            JsonObject parameters => parameters,
            JsonValue text when text.TryGetValue<string>(out var json) => Parse(json),
            null => [],
            _ => throw new JsonException("parameters must be a JSON object."),
        };
    }

    private static JsonObject Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonNode.Parse(json) as JsonObject ?? throw new JsonException("parameters must be a JSON object.");
}
