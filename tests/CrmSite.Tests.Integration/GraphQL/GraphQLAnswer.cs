using System.Net;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>One HTTP answer of the GraphQL endpoint.</summary>
public sealed record GraphQLAnswer(HttpStatusCode Status, string Text, JsonNode? Body, IReadOnlyDictionary<string, string> Headers, string? MediaType)
{
    public static async Task<GraphQLAnswer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? body = null;
        if (text.Length > 0)
        {
            try
            {
                body = JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                body = null;
            }
        }
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new GraphQLAnswer(response.StatusCode, text, body, headers, response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The messages of the answer's <c>errors</c>, empty when it has none.</summary>
    public IReadOnlyList<string> Messages =>
        Body is JsonObject obj && obj["errors"] is JsonArray errors
            ? [.. errors.Select(e => e?["message"]?.GetValue<string>() ?? "")]
            : [];

    /// <summary>The <c>extensions.code</c> of each error.</summary>
    public IReadOnlyList<string?> Codes =>
        Body is JsonObject obj && obj["errors"] is JsonArray errors
            ? [.. errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>())]
            : [];

    public JsonObject Data()
    {
        Assert.True(Status == HttpStatusCode.OK && Messages.Count == 0, $"expected data, got {(int)Status}: {Text}");
        return Body!["data"]!.AsObject();
    }

    /// <summary>Asserts a GraphQL error answer: the status, a non-empty <c>errors[].message</c> in GraphQL's format, and no data.</summary>
    public void AssertRejected(HttpStatusCode status, string? words = null)
    {
        Assert.True(Status == status, $"expected {(int)status}, got {(int)Status}: {Shorten(Text)}");
        Assert.True(Body is JsonObject { } obj && obj["errors"] is JsonArray { Count: > 0 }, $"no errors[] in: {Shorten(Text)}");
        Assert.All(Messages, m => Assert.False(string.IsNullOrWhiteSpace(m), "an error without a message"));
        Assert.True(Body!["data"] is null, $"the request ran: {Shorten(Text)}");
        Assert.DoesNotContain("   at ", Text, StringComparison.Ordinal);
        if (words is not null)
        {
            Assert.True(Messages.Any(m => m.Contains(words, StringComparison.OrdinalIgnoreCase)), $"no message with '{words}': {Shorten(Text)}");
        }
    }

    private static string Shorten(string text) => text.Length > 2000 ? text[..2000] + "..." : text;
}
