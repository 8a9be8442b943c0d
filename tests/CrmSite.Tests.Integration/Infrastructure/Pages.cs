using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.Infrastructure;

/// <summary>Builds and saves items of the setup recipe's Page type through the REST API.</summary>
public static class Pages
{
    public static JsonObject New(string title, string? path = null, string markdown = "Body") => new()
    {
        ["ContentType"] = "Page",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["AutoroutePart"] = new JsonObject { ["Path"] = path ?? "page-" + Guid.NewGuid().ToString("N")[..10] },
        ["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = markdown },
    };

    public static Task<JsonObject> CreateAsync(HttpClient client, string title, bool draft = false) =>
        CreateAsync(client, New(title), draft);

    public static async Task<JsonObject> CreateAsync(HttpClient client, JsonObject item, bool draft = false)
    {
        using var response = await PostAsync(client, item, draft);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.IsSuccessStatusCode, $"create failed: {(int)response.StatusCode} {body}");
        return body!;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonNode item, bool draft = false, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/content" + (draft ? "?draft=true" : ""))
        {
            Content = new StringContent(item.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    public static string Id(JsonObject item) => item["ContentItemId"]!.GetValue<string>();

    public static string VersionId(JsonObject item) => item["ContentItemVersionId"]!.GetValue<string>();
}
