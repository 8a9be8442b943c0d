using CrmSite.Benchmarks.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace CrmSite.Benchmarks.Api;

/// <summary>
/// The baseline for reading one item: a bare minimal API on its own Kestrel socket that reads the published row's
/// Data column from the site's SQLite file and returns it as JSON, with nothing in between.
/// </summary>
public static class RawContentServer
{
    private const string Query = "SELECT Data FROM ContentItems WHERE ContentItemId = $id AND Published = 1 LIMIT 1";

    public static Task<BareServer> StartAsync(string databaseFile)
    {
        // The same connection string the site uses for its file.
        var connectionString = $"Data Source={databaseFile};Pooling=True";
        return BareServer.StartAsync(app => app.MapGet("/raw/content/{contentItemId}",
            (string contentItemId, CancellationToken cancellationToken) => ReadAsync(connectionString, contentItemId, cancellationToken)));
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
