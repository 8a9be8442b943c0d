using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace CrmSite.Benchmarks.Api;

/// <summary>
/// The baseline for reading one item: a bare minimal API on its own Kestrel socket that reads the published row's
/// Data column from the site's SQLite file and returns it as JSON, with nothing in between.
/// </summary>
public sealed class RawContentServer : IAsyncDisposable
{
    private const string Query = "SELECT Data FROM ContentItems WHERE ContentItemId = $id AND Published = 1 LIMIT 1";

    private readonly WebApplication _app;

    private RawContentServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<RawContentServer> StartAsync(string databaseFile)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        // The same connection string the site uses for its file.
        var connectionString = $"Data Source={databaseFile};Pooling=True";
        app.MapGet("/raw/content/{contentItemId}", (string contentItemId, CancellationToken cancellationToken) =>
            ReadAsync(connectionString, contentItemId, cancellationToken));
        await app.StartAsync();
        return new RawContentServer(app, new Uri(app.Urls.First() + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<IResult> ReadAsync(string connectionString, string contentItemId, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Query;
        command.Parameters.AddWithValue("$id", contentItemId);
        return await command.ExecuteScalarAsync(cancellationToken) is string data
            ? TypedResults.Text(data, "application/json; charset=utf-8")
            : TypedResults.NotFound();
    }
}
