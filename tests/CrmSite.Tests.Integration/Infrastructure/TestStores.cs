using Npgsql;

namespace CrmSite.Tests.Integration.Infrastructure;

/// <summary>
/// Which stores the tests can use. PostgreSQL comes from <c>CRMSITE_TEST_POSTGRES</c> (a connection string to a
/// server where the user may create databases). Outside CI its absence skips the PostgreSQL tests; in CI
/// (<c>CI=true</c>) it fails them.
/// </summary>
public static class TestStores
{
    public static string? PostgresServer => Environment.GetEnvironmentVariable("CRMSITE_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips (outside CI) or fails (in CI) when PostgreSQL is not configured.</summary>
    public static void RequirePostgres()
    {
        if (PostgresServer is not null)
        {
            return;
        }
        if (IsCi)
        {
            Assert.Fail("CI=true but CRMSITE_TEST_POSTGRES is not set: the PostgreSQL tests cannot run.");
        }
        Skip.If(true, "CRMSITE_TEST_POSTGRES is not set; PostgreSQL tests are skipped outside CI.");
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreatePostgresDatabase()
    {
        var name = "crmsite_test_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(PostgresServer);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, Pooling = true }.ConnectionString;
    }

    public static void DropPostgresDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(PostgresServer);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
