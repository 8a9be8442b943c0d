namespace CrmSite.Content.Store;

/// <summary>Which database the store uses and where the site keeps its files.</summary>
public sealed class StoreOptions
{
    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>For PostgreSQL, required; for SQLite, optional (default: <c>crmsite.db</c> in <see cref="DataPath"/>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The folder for the SQLite file, keys and indexes (<c>CrmSite:DataPath</c>, default <c>App_Data</c>).</summary>
    public required string DataPath { get; set; }

    /// <summary>The assembly holding the migrations of both providers.</summary>
    public string? MigrationsAssembly { get; set; }

    public string SqliteConnectionString =>
        // Foreign keys on; writers wait up to the command timeout (30 s) for the single SQLite write lock.
        ConnectionString ?? $"Data Source={Path.Combine(DataPath, "crmsite.db")};Pooling=True;Foreign Keys=True;Default Timeout=30";
}
