using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.Infrastructure;

/// <summary>Reads items through <c>GET /api/content?contentType=</c>.</summary>
public static class ContentLists
{
    public static async Task<List<JsonObject>> ListAsync(HttpClient client, string contentType, string status = "published")
    {
        using var response = await client.GetAsync($"/api/content?contentType={contentType}&status={status}&first=100");
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.IsSuccessStatusCode, $"listing {contentType} failed: {(int)response.StatusCode} {body}");
        return [.. body!["items"]!.AsArray().Select(i => i!.AsObject())];
    }

    /// <summary>The text of field <paramref name="field"/> of the item's own part (named after its type).</summary>
    public static string? Text(JsonObject item, string field) =>
        item[item["ContentType"]!.GetValue<string>()]?[field]?["Text"]?.GetValue<string>();

    public static string? Url(JsonObject item, string field) =>
        item[item["ContentType"]!.GetValue<string>()]?[field]?["Url"]?.GetValue<string>();

    public static decimal? Number(JsonObject item, string field) =>
        item[item["ContentType"]!.GetValue<string>()]?[field]?["Value"]?.GetValue<decimal>();

    public static string[] Ids(JsonObject item, string field) =>
        item[item["ContentType"]!.GetValue<string>()]?[field]?["ContentItemIds"]?.AsArray().Select(i => i!.GetValue<string>()).ToArray() ?? [];
}
