using Microsoft.Data.Sqlite;

namespace CrmSite.Benchmarks.Search;

/// <summary>
/// The SQLite FTS5 baseline: the same sheets' title and text in an FTS5 table of its own file, tokenised like the
/// site's English text (Unicode words, folded case and diacritics, Porter stems), searched with <c>MATCH</c>
/// (all words), ranked by bm25, with the ten best rows and the total count, through prepared commands on one open
/// connection.
/// </summary>
public sealed class Fts5Index : IDisposable
{
    private const string Schema =
        "CREATE VIRTUAL TABLE Sheets USING fts5(Id UNINDEXED, Title, Body, tokenize = 'porter unicode61 remove_diacritics 2')";

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _top;
    private readonly SqliteCommand _count;

    private Fts5Index(string file)
    {
        _connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        _connection.Open();
        using (var pragmas = _connection.CreateCommand())
        {
            // A page cache large enough for the terms a query reads; the OS cache holds the file anyway.
            pragmas.CommandText = "PRAGMA cache_size = -65536;";
            pragmas.ExecuteNonQuery();
        }
        _top = Prepare("SELECT Id, Title, bm25(Sheets) FROM Sheets WHERE Sheets MATCH $q ORDER BY rank LIMIT 10");
        _count = Prepare("SELECT count(*) FROM Sheets WHERE Sheets MATCH $q");
    }

    public static void Build(string file, IEnumerable<FactSheetText> sheets)
    {
        File.Delete(file);
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = Schema;
            create.ExecuteNonQuery();
        }
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO Sheets (Id, Title, Body) VALUES ($id, $title, $body)";
            var (id, title, body) = (insert.Parameters.Add("$id", SqliteType.Text), insert.Parameters.Add("$title", SqliteType.Text),
                insert.Parameters.Add("$body", SqliteType.Text));
            insert.Prepare();
            foreach (var sheet in sheets)
            {
                (id.Value, title.Value, body.Value) = (FactSheetRecipe.ItemId(sheet.Index), sheet.Title, sheet.Body);
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        using var optimize = connection.CreateCommand();
        // One b-tree segment per term, as a settled index would have; Lucene's side is merged by its own policy.
        optimize.CommandText = "INSERT INTO Sheets (Sheets) VALUES ('optimize')";
        optimize.ExecuteNonQuery();
    }

    public static Fts5Index Open(string file) => new(file);

    /// <summary>The ids and titles of the ten best sheets with all the words, and how many sheets have them.</summary>
    public (int Total, List<(string Id, string Title)> Top) Search(string words)
    {
        var query = string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => $"\"{w}\""));
        _top.Parameters[0].Value = query;
        _count.Parameters[0].Value = query;
        var top = new List<(string, string)>(10);
        using (var reader = _top.ExecuteReader())
        {
            while (reader.Read())
            {
                top.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        return (Convert.ToInt32(_count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), top);
    }

    public void Dispose()
    {
        _top.Dispose();
        _count.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$q", SqliteType.Text);
        command.Prepare();
        return command;
    }
}
