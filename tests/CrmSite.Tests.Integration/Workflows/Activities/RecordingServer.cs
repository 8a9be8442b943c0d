using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CrmSite.Tests.Integration.Workflows.Activities;

/// <summary>A real HTTP server on a free loopback port that records each request and answers with the statuses it was given, then 200.</summary>
internal sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _statuses;

    private RecordingServer(WebApplication app, IEnumerable<int> statuses)
    {
        _app = app;
        _statuses = new ConcurrentQueue<int>(statuses);
    }

    public ConcurrentQueue<(string Method, string PathAndQuery, IHeaderDictionary Headers, byte[] Body)> Requests { get; } = new();

    public string Url => _app.Urls.First();

    public static async Task<RecordingServer> StartAsync(params int[] statuses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new RecordingServer(app, statuses);
        app.Run(async http =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            server.Requests.Enqueue((http.Request.Method, http.Request.Path + http.Request.QueryString, new HeaderDictionary(
                http.Request.Headers.ToDictionary(h => h.Key, h => h.Value)), body.ToArray()));
            http.Response.StatusCode = server._statuses.TryDequeue(out var status) ? status : 200;
            await http.Response.WriteAsync("""{"received":true}""");
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
