using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CrmSite.Content.Recipes;
using CrmSite.Search.Indexes;
using CrmSite.Search.Indexing;
using Lucene.Net.Index;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Benchmarks.Search;

/// <summary>
/// The prepared corpus under <c>/tmp/crmsite-bench-search/&lt;key&gt;/</c>: <c>site/</c>, a site data folder after
/// importing the generated fact sheets through <see cref="RecipeExecutor"/> and letting its indexes catch up, and
/// <c>fts5.db</c>, the FTS5 baseline over the same sheets. The key covers the sheet count, the generator, the
/// recipes and the indexer's document format, so a change that makes the site rebuild its index builds a new
/// corpus; after other changes to import or indexing, delete the folder.
/// The import runs ANALYZE on the store after each chunk and drops the statistics at the end: without them SQLite
/// plans two of the fact-sheet validators' queries (the unique path and the one-sheet-per-culture checks) as scans
/// of every field-index row or fact sheet, so each imported sheet costs time in proportion to those already stored
/// and 100,000 sheets would take hours. The finished store has no statistics, as the site's own never has.
/// </summary>
public sealed class SearchCorpusCache
{
    /// <summary>Bump when the generated sheets change, or how the site lays out its index (its merge policy).</summary>
    private const int GeneratorVersion = 2;

    private const int ImportChunk = 5_000;

    private SearchCorpusCache(string folder, FactSheetCorpus corpus)
    {
        Folder = folder;
        Corpus = corpus;
    }

    public string Folder { get; }

    public FactSheetCorpus Corpus { get; }

    public string SiteData => Path.Combine(Folder, "site");

    public string Fts5File => Path.Combine(Folder, "fts5.db");

    /// <summary>The sheet count: 100,000, or <c>CRMSITE_BENCH_SEARCH_SHEETS</c> for a quicker trial.</summary>
    public static int SheetCount =>
        int.TryParse(Environment.GetEnvironmentVariable("CRMSITE_BENCH_SEARCH_SHEETS"), CultureInfo.InvariantCulture, out var count) && count > 0
            ? count : 100_000;

    /// <summary>The prepared corpus, built first if this build of the site has none (about 10 minutes for 100,000 sheets).</summary>
    public static async Task<SearchCorpusCache> EnsureAsync()
    {
        var corpus = new FactSheetCorpus(SheetCount);
        var root = Path.Combine(Path.GetTempPath(), "crmsite-bench-search");
        var folder = Path.Combine(root, Key(corpus.Count));
        var cache = new SearchCorpusCache(folder, corpus);
        if (!File.Exists(Path.Combine(folder, "ready")))
        {
            Directory.CreateDirectory(root);
            foreach (var stale in Directory.EnumerateDirectories(root, $"{corpus.Count}-*"))
            {
                Directory.Delete(stale, recursive: true);
            }
            await cache.BuildAsync();
        }
        return cache;
    }

    /// <summary>
    /// Logs how many sheets hold each query word in the index; on the full corpus, fails unless the common words are
    /// each in 10–30% of the sheets and the rare ones each in 10–100.
    /// </summary>
    public void Check(RawLuceneSearch index)
    {
        foreach (var (terms, low, high) in new[] { ("common", Corpus.Count / 10, Corpus.Count * 3 / 10), ("rare", 10, 100) })
        {
            foreach (var word in Corpus.Pair(terms).Split(' '))
            {
                var count = index.DocumentFrequency(word);
                Console.WriteLine($"// search corpus: '{word}' ({terms}) is in {count} of {index.DocumentCount} documents");
                if (Corpus.Count == 100_000 && (count < low || count > high))
                {
                    throw new InvalidOperationException($"'{word}' is in {count} sheets, not {low}–{high}: the {terms} pair does not fit.");
                }
            }
        }
    }

    private async Task BuildAsync()
    {
        Directory.CreateDirectory(SiteData);
        var log = new StringBuilder();
        var watch = Stopwatch.StartNew();
        await using (var site = SearchSite.Start(preparedData: null, kestrel: false))
        {
            Note(log, $"site set up in {watch.Elapsed.TotalSeconds:F1} s");
            foreach (var chunk in Chunks())
            {
                await using (var scope = site.Services.CreateAsyncScope())
                {
                    var name = $"bench-factsheets-{chunk[0].Index}";
                    await scope.ServiceProvider.GetRequiredService<RecipeExecutor>()
                        .ExecuteAsync(FactSheetRecipe.Build(chunk, name), name, baseDirectory: null);
                }
                Note(log, $"imported {chunk[^1].Index + 1} sheets at {watch.Elapsed.TotalSeconds:F1} s");
                RunOnStore(site.Factory.DatabaseFile, "ANALYZE;");
            }
            RunOnStore(site.Factory.DatabaseFile, "DROP TABLE IF EXISTS sqlite_stat1;");
            var imported = watch.Elapsed;
            await site.WaitForIndexesAsync(TimeSpan.FromMinutes(30));
            Note(log, $"indexes caught up {(watch.Elapsed - imported).TotalSeconds:F1} s after the import");
            var sheets = site.CountFactSheets();
            if (sheets < Corpus.Count)
            {
                throw new InvalidOperationException($"The search index holds {sheets} fact sheets; {Corpus.Count} were imported.");
            }
            RunOnStore(site.Factory.DatabaseFile, "PRAGMA wal_checkpoint(TRUNCATE);");
            site.CommitMerges();
            CopyCommitted(site.Factory.DataPath, SiteData);
        }
        watch.Restart();
        Fts5Index.Build(Fts5File, Corpus.Sheets());
        Note(log, $"FTS5 file built in {watch.Elapsed.TotalSeconds:F1} s");
        await File.WriteAllTextAsync(Path.Combine(Folder, "build.log"), log.ToString());
        await File.WriteAllTextAsync(Path.Combine(Folder, "ready"), DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
    }

    private static void Note(StringBuilder log, string line)
    {
        Console.WriteLine("// search corpus: " + line);
        log.AppendLine(line);
    }

    /// <summary>
    /// Runs <paramref name="sql"/> on the site's store and drops the pooled connections, so that the site's next
    /// ones load the schema again (with the planner statistics ANALYZE wrote, or without them once dropped).
    /// </summary>
    private static void RunOnStore(string databaseFile, string sql)
    {
        using (var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// Copies a live site's data folder: the store as it is (checkpointed, idle) and of each index only the files
    /// of its last commit, which stay put until the next one; merges still running add and remove other files.
    /// </summary>
    private static void CopyCommitted(string dataPath, string target)
    {
        var lucene = Path.Combine(dataPath, "Lucene");
        foreach (var file in Directory.EnumerateFiles(dataPath))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
        foreach (var folder in Directory.EnumerateDirectories(dataPath).Where(f => f != lucene))
        {
            SearchSite.CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
        foreach (var index in Directory.EnumerateDirectories(lucene))
        {
            var copy = Directory.CreateDirectory(Path.Combine(target, "Lucene", Path.GetFileName(index))).FullName;
            using var directory = Lucene.Net.Store.FSDirectory.Open(index);
            var commit = new SegmentInfos();
            commit.Read(directory);
            foreach (var file in commit.GetFiles(directory, includeSegmentsFile: true))
            {
                File.Copy(Path.Combine(index, file), Path.Combine(copy, file));
            }
        }
    }

    // Small chunks first, so that planner statistics exist before the store is large (see the class summary).
    private IEnumerable<FactSheetText[]> Chunks()
    {
        var sheets = Corpus.Sheets().GetEnumerator();
        foreach (var size in new[] { 500, 2_000 }.Concat(Enumerable.Repeat(ImportChunk, int.MaxValue)))
        {
            var chunk = new List<FactSheetText>(size);
            while (chunk.Count < size && sheets.MoveNext())
            {
                chunk.Add(sheets.Current);
            }
            if (chunk.Count == 0)
            {
                yield break;
            }
            yield return [.. chunk];
        }
    }

    private static string Key(int count)
    {
        var text = new StringBuilder().Append(GeneratorVersion).Append('|').Append(count).Append('|').Append(IndexFormat());
        foreach (var recipe in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "recipes")).Order(StringComparer.Ordinal))
        {
            text.Append('|').Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(recipe))));
        }
        return $"{count}-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12].ToLowerInvariant()}";
    }

    /// <summary>
    /// The document format the site's indexer writes into each commit (it rebuilds an index written in another),
    /// read from a scratch index: a prepared index in an older format would only be rebuilt in every copy.
    /// </summary>
    private static string IndexFormat()
    {
        var folder = Directory.CreateTempSubdirectory("crmsite-bench-format-").FullName;
        try
        {
            using (var holder = new IndexHolder(folder, new IndexProfile { Name = "format" }))
            {
                holder.Commit(cursor: 0, generation: 0);
            }
            using var directory = Lucene.Net.Store.FSDirectory.Open(folder);
            var commit = new SegmentInfos();
            commit.Read(directory);
            return string.Join(',', commit.UserData.Where(e => e.Key is not ("cursor" or "generation")).Select(e => $"{e.Key}={e.Value}"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
