using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CrmSite.Benchmarks.Search;

/// <summary>
/// <see cref="RawLuceneSearch"/> behind a bare minimal API on its own Kestrel socket: <c>GET /raw/search?q=</c>
/// gives the total and the ten hits' id, type, title, culture, path and score as JSON. It shows what the HTTP
/// round trip alone adds to a search.
/// </summary>
public sealed class RawSearchServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RawSearchServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<RawSearchServer> StartAsync(RawLuceneSearch search)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
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
        });
        await app.StartAsync();
        return new RawSearchServer(app, new Uri(app.Urls.First() + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
