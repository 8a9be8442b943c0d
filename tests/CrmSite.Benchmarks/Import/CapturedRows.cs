using Microsoft.Data.Sqlite;

namespace CrmSite.Benchmarks.Import;

/// <summary>
/// The rows an import added to the four content tables, read back from the store, so that the baseline inserts
/// exactly what the site wrote (same values, same storage classes) with nothing but prepared SQLite commands.
/// </summary>
public sealed class CapturedRows
{
    /// <summary>The tables every imported item writes to, in the order the site writes them.</summary>
    public static readonly string[] Tables = ["ContentItems", "FieldIndex", "IndexingTasks", "AuditEvents"];

    private readonly Dictionary<string, string[]> _columns;
    private readonly List<(string Table, object?[] Values)> _rows;

    private CapturedRows(Dictionary<string, string[]> columns, List<(string Table, object?[] Values)> rows)
    {
        _columns = columns;
        _rows = rows;
    }

    public int Count => _rows.Count;

    /// <summary>The rows in <paramref name="databaseFile"/> that <paramref name="templateFile"/> does not have, item by item.</summary>
    public static CapturedRows Capture(string databaseFile, string templateFile)
    {
        var columns = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var byItem = new Dictionary<string, List<(string, object?[])>>(StringComparer.Ordinal);
        var itemOrder = new List<string>();
        using var template = Open(templateFile);
        using var imported = Open(databaseFile);
        foreach (var table in Tables)
        {
            var names = ColumnNames(imported, table);
            columns[table] = names;
            var after = Scalar(template, $"SELECT coalesce(max(Id), 0) FROM \"{table}\"");
            using var select = imported.CreateCommand();
            select.CommandText = $"SELECT {string.Join(", ", names.Select(Quote))} FROM \"{table}\" WHERE Id > $after ORDER BY Id";
            select.Parameters.AddWithValue("$after", after);
            using var reader = select.ExecuteReader();
            var itemColumn = Array.IndexOf(names, "ContentItemId");
            while (reader.Read())
            {
                var values = new object?[names.Length];
                for (var i = 0; i < names.Length; i++)
                {
                    values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }
                var itemId = (string)values[itemColumn]!;
                if (!byItem.TryGetValue(itemId, out var list))
                {
                    byItem[itemId] = list = [];
                    itemOrder.Add(itemId);
                }
                list.Add((table, values));
            }
        }
        return new CapturedRows(columns, [.. itemOrder.SelectMany(id => byItem[id])]);
    }

    /// <summary>Inserts every row into <paramref name="databaseFile"/> in one transaction, with one prepared command a table.</summary>
    public void InsertInto(string databaseFile)
    {
        using var connection = Open(databaseFile);
        using (var pragmas = connection.CreateCommand())
        {
            // The same per-connection settings the site's store uses.
            pragmas.CommandText = "PRAGMA foreign_keys=ON;";
            pragmas.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        var commands = new Dictionary<string, SqliteCommand>(StringComparer.Ordinal);
        try
        {
            foreach (var (table, names) in _columns)
            {
                var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", names.Select(Quote))}) " +
                    $"VALUES ({string.Join(", ", names.Select((_, i) => "$p" + i))})";
                for (var i = 0; i < names.Length; i++)
                {
                    command.Parameters.Add(new SqliteParameter("$p" + i, null));
                }
                command.Prepare();
                commands[table] = command;
            }
            foreach (var (table, values) in _rows)
            {
                var command = commands[table];
                for (var i = 0; i < values.Length; i++)
                {
                    command.Parameters[i].Value = values[i] ?? DBNull.Value;
                }
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        finally
        {
            foreach (var command in commands.Values)
            {
                command.Dispose();
            }
        }
    }

    /// <summary>How many rows of <paramref name="table"/> the file holds.</summary>
    public static long CountRows(string databaseFile, string table)
    {
        using var connection = Open(databaseFile);
        return Scalar(connection, $"SELECT count(*) FROM \"{table}\"");
    }

    private static SqliteConnection Open(string file)
    {
        // No pooling: each iteration's file is deleted afterwards, and a pooled handle would keep it open.
        var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        return connection;
    }

    private static string[] ColumnNames(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}') WHERE name <> 'Id' ORDER BY cid";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }
        return [.. names];
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Quote(string name) => $"\"{name}\"";
}
