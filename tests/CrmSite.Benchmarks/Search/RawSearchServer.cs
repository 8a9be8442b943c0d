using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Benchmarks.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CrmSite.Benchmarks.Search;

/// <summary>
/// <see cref="RawLuceneSearch"/> behind a bare minimal API on its own Kestrel socket: <c>GET /raw/search?q=</c>
/// gives the total and the ten hits' id, type, title, culture, path and score as JSON. It shows what the HTTP
/// round trip alone adds to a search.
/// </summary>
public static class RawSearchServer
{
    public static Task<BareServer> StartAsync(RawLuceneSearch search) => BareServer.StartAsync(app =>
        app.MapGet("/raw/search", (string q) =>
        {
            var (total, top) = search.Search(q);
            var body = new JsonObject
            {
                ["query"] = q,
                ["total"] = total,
                ["hits"] = new JsonArray([.. top.Select(hit => (JsonNode)new JsonObject
                {
                    ["contentItemId"] = hit.Document.Get("ContentItemId", CultureInfo.InvariantCulture),
                    ["contentType"] = hit.Document.Get("Content.ContentItem.ContentType", CultureInfo.InvariantCulture),
                    ["title"] = hit.Document.Get("Content.ContentItem.DisplayText", CultureInfo.InvariantCulture),
                    ["culture"] = hit.Document.Get("LocalizationPart.Culture", CultureInfo.InvariantCulture),
                    ["path"] = hit.Document.Get("AutoroutePart.Path", CultureInfo.InvariantCulture),
                    ["score"] = hit.Score,
                })]),
            };
            return TypedResults.Text(body.ToJsonString(), "application/json; charset=utf-8");
        }));
}
