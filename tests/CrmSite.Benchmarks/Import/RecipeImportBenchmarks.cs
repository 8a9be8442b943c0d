using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using CrmSite.Benchmarks.Hosting;
using CrmSite.Content.Recipes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Benchmarks.Import;

/// <summary>
/// Importing 10,000 articles through <see cref="RecipeExecutor"/> into a fresh SQLite file, against inserting the
/// same rows with raw prepared commands into a fresh file with the same schema (both start from one template:
/// the site's own migrated and set-up database).
/// </summary>
[QuickInProcessJob(singleInvocation: true)]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet drives the lifetime: [GlobalCleanup] disposes.")]
public class RecipeImportBenchmarks
{
    private const int Items = 10_000;

    /// <summary>Per item: one version row, three field-index rows (title, text, number), one indexing task, one audit event.</summary>
    private const int RowsPerItem = 6;

    private CrmSiteFactory _site = null!;
    private string _workPath = null!;
    private string _templateFile = null!;
    private string _rawFile = null!;
    private string _recipe = null!;
    private CapturedRows _rows = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = new CrmSiteFactory(kestrel: false);
        _site.Start();
        _workPath = Directory.CreateTempSubdirectory("crmsite-bench-import-").FullName;
        _templateFile = Path.Combine(_workPath, "template.db");
        _rawFile = Path.Combine(_workPath, "raw.db");
        CopyCheckpointed(_site.DatabaseFile, _templateFile);
        _recipe = ArticleRecipe.Build(Items);

        FreshSiteDatabase();
        var created = RecipeImport().GetAwaiter().GetResult();
        _rows = CapturedRows.Capture(_site.DatabaseFile, _templateFile);
        if (created != Items || _rows.Count != Items * RowsPerItem)
        {
            throw new InvalidOperationException($"The import created {created} items and {_rows.Count} rows; expected {Items} and {Items * RowsPerItem}.");
        }
        FreshRawDatabase();
        RawInsert();
        foreach (var table in CapturedRows.Tables)
        {
            var (site, raw) = (CapturedRows.CountRows(_site.DatabaseFile, table), CapturedRows.CountRows(_rawFile, table));
            if (site != raw)
            {
                throw new InvalidOperationException($"{table}: the site wrote {site} rows, the baseline {raw}.");
            }
        }
    }

    [IterationSetup(Target = nameof(RawInsert))]
    public void FreshRawDatabase() => Replace(_rawFile);

    [IterationSetup(Target = nameof(RecipeImport))]
    public void FreshSiteDatabase() => Replace(_site.DatabaseFile);

    [Benchmark(Baseline = true, Description = "Raw prepared inserts")]
    public void RawInsert() => _rows.InsertInto(_rawFile);

    [Benchmark(Description = "RecipeExecutor import")]
    public async Task<int> RecipeImport()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var executor = scope.ServiceProvider.GetRequiredService<RecipeExecutor>();
        var result = await executor.ExecuteAsync(_recipe, "benchmark", baseDirectory: null);
        return result.Items.GetValueOrDefault("Created");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _site.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_workPath, recursive: true);
    }

    private void Replace(string databaseFile)
    {
        // Pooled handles keep the old file open; once they are closed the file and its WAL can go.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databaseFile + suffix);
        }
        File.Copy(_templateFile, databaseFile);
    }

    private static void CopyCheckpointed(string source, string target)
    {
        using (var connection = new SqliteConnection($"Data Source={source};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        File.Copy(source, target);
    }
}
