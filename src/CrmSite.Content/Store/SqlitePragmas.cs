using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrmSite.Content.Store;

/// <summary>
/// Per-connection SQLite settings. WAL (set once, it persists in the file) lets readers run beside the writer;
/// synchronous=NORMAL is durable across a killed process in WAL mode; busy_timeout makes writers queue.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
