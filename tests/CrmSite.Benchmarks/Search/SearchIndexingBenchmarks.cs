using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Recipes;
using CrmSite.Content.Security;
using CrmSite.Content.Store;
using CrmSite.Search.Indexes;
using CrmSite.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Benchmarks.Search;

/// <summary>
/// Rebuilding the site's <c>search</c> index from the store (the <c>lucene-index-rebuild</c> recipe step; the sync
/// worker rebuilds on its next round; timed until the index's generation has advanced and its searcher sees the
/// new documents), against one raw IndexWriter writing the same documents (built once beforehand by the site's
/// own document builder from the same store rows) with the same analyzer into a fresh folder, with one commit.
/// Three iterations: one rebuild of 100,000 sheets takes tens of seconds. The worker's quarter-second poll adds
/// up to 250 ms to the site's time.
/// </summary>
[Config(typeof(IndexingConfig))]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet drives the lifetime: [GlobalCleanup] disposes.")]
public class SearchIndexingBenchmarks
{
    private const string RebuildRecipe = """{"name":"bench-rebuild","steps":[{"name":"lucene-index-rebuild","Indices":["search"]}]}""";

    private SearchSite _site = null!;
    private List<Document> _documents = [];
    private int _expected;
    private string _rawFolder = null!;

    [GlobalSetup(Target = nameof(RawIndexWriter))]
    public async Task SetupRawAsync()
    {
        await StartSiteAsync();
        _documents = await BuildDocumentsAsync();
        _expected = _documents.Count;
        _rawFolder = Path.Combine(_site.Factory.DataPath, "raw-index");
        Console.WriteLine($"// search indexing: {_documents.Count} documents built, {_site.CountFactSheets()} fact sheets in the index");
    }

    [GlobalSetup(Target = nameof(SiteRebuild))]
    public async Task SetupSiteAsync()
    {
        await StartSiteAsync();
        // The prepared index is complete: a rebuild must end with as many documents.
        _expected = _site.SearchHolder!.Writer.NumDocs;
        Console.WriteLine($"// search indexing: the index holds {_expected} documents, {_site.CountFactSheets()} of them fact sheets");
    }

    [IterationSetup(Target = nameof(RawIndexWriter))]
    public void FreshRawFolder()
    {
        if (System.IO.Directory.Exists(_rawFolder))
        {
            System.IO.Directory.Delete(_rawFolder, recursive: true);
        }
    }

    [Benchmark(Baseline = true, Description = "Raw IndexWriter, one thread")]
    public int RawIndexWriter()
    {
        using var directory = FSDirectory.Open(_rawFolder);
        using var writer = new IndexWriter(directory,
            new IndexWriterConfig(LuceneVersion.LUCENE_48, _site.SearchHolder!.Analyzer) { OpenMode = OpenMode.CREATE });
        foreach (var document in _documents)
        {
            writer.AddDocument(document);
        }
        writer.Commit();
        return writer.NumDocs == _expected ? writer.NumDocs
            : throw new InvalidOperationException($"The raw index holds {writer.NumDocs} documents, not {_expected}.");
    }

    [Benchmark(Description = "lucene-index-rebuild of 'search'")]
    public async Task<int> SiteRebuild()
    {
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(RebuildRecipe, "bench-rebuild", baseDirectory: null);
        }
        var generation = await GenerationAsync();
        while (_site.SearchHolder is not { } holder || holder.Generation < generation)
        {
            await Task.Delay(10);
        }
        var count = _site.SearchHolder.Writer.NumDocs;
        return count == _expected ? count : throw new InvalidOperationException($"The rebuilt index holds {count} documents, not {_expected}.");
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _site.DisposeAsync();

    private async Task StartSiteAsync()
    {
        var cache = await SearchCorpusCache.EnsureAsync();
        _site = SearchSite.Start(cache.SiteData, kestrel: false);
        await _site.WaitForIndexesAsync(TimeSpan.FromMinutes(5));
    }

    private async Task<long> GenerationAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var profiles = await scope.ServiceProvider.GetRequiredService<IndexProfileStore>().GetAsync(CancellationToken.None);
        return profiles.Find(SearchSite.IndexName)!.Generation;
    }

    /// <summary>The documents a rebuild writes: the published items of the indexed types, as IndexSynchronizer selects them.</summary>
    private async Task<List<Document>> BuildDocumentsAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var profile = (await services.GetRequiredService<IndexProfileStore>().GetAsync(CancellationToken.None)).Find(SearchSite.IndexName)!;
        var all = await services.GetRequiredService<ContentDefinitionManager>().GetAsync();
        var guards = services.GetRequiredService<ContentTypeGuards>();
        var types = profile.IndexedContentTypes.ToList();
        var records = services.GetRequiredService<CrmSiteDbContext>().ContentItems.AsNoTracking()
            .Where(v => v.Published && types.Contains(v.ContentType)).OrderBy(v => v.Id).AsAsyncEnumerable();
        var documents = new List<Document>();
        await foreach (var record in records)
        {
            if (guards.For(record.ContentType) is null && all.FindType(record.ContentType) is { } type)
            {
                documents.Add(ContentDocumentBuilder.Build(ContentRecords.ToItem(record), type, all));
            }
        }
        return documents;
    }
}
