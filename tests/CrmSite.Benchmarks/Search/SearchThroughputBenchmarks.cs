using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using CrmSite.Search.SiteSearch;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Benchmarks.Search;

/// <summary>
/// Searches a second over the same 100,000 fact sheets, one at a time, for a pair of common words and a pair of
/// rare ones: SQLite FTS5 (the baseline: the ten best by bm25 and the total count), Lucene.Net directly on the
/// site's index (the ten best with stored fields and the total), and the site's own <see cref="SiteSearcher"/>
/// in a service scope for an anonymous caller, as <c>/api/search</c> calls it (which also counts facets and cuts
/// highlighted snippets).
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet drives the lifetime: [GlobalCleanup] disposes.")]
public class SearchThroughputBenchmarks
{
    private SearchSite _site = null!;
    private RawLuceneSearch _raw = null!;
    private Fts5Index _fts5 = null!;
    private string _words = null!;

    [Params("common", "rare")]
    public string Terms { get; set; } = "common";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var cache = await SearchCorpusCache.EnsureAsync();
        _site = SearchSite.Start(cache.SiteData, kestrel: false);
        await _site.WaitForIndexesAsync(TimeSpan.FromMinutes(5));
        _raw = new RawLuceneSearch(_site.SearchIndexFolder, _site.SearchHolder!.PlainAnalyzer);
        cache.Check(_raw);
        _fts5 = Fts5Index.Open(cache.Fts5File);
        _words = cache.Corpus.Pair(Terms);
        var fts5 = _fts5.Search(_words);
        var raw = _raw.Search(_words);
        var site = await SearchAsync();
        Console.WriteLine($"// search throughput: '{_words}': FTS5 finds {fts5.Total}, raw Lucene {raw.Total}, SiteSearcher {site}; " +
            $"top ids in common FTS5/Lucene: {fts5.Top.Select(t => t.Id).Intersect(raw.Top.Select(t => t.Document.Get("ContentItemId", System.Globalization.CultureInfo.InvariantCulture))).Count()}");
    }

    [Benchmark(Baseline = true, Description = "SQLite FTS5 (bm25 top 10 + count)")]
    public int Fts5() => _fts5.Search(_words).Total;

    [Benchmark(Description = "Raw Lucene.Net (top 10 + total)")]
    public int RawLucene() => _raw.Search(_words).Total;

    [Benchmark(Description = "SiteSearcher.SearchAsync")]
    public Task<int> SiteSearch() => SearchAsync();

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _fts5.Dispose();
        _raw.Dispose();
        await _site.DisposeAsync();
    }

    private async Task<int> SearchAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        // What the endpoint has: a request whose caller is anonymous (the authorizer reads the user from it).
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity()),
        };
        var results = await scope.ServiceProvider.GetRequiredService<SiteSearcher>().SearchAsync(new SiteSearchRequest(_words), CancellationToken.None);
        return results?.Total ?? throw new InvalidOperationException("The site search is not available.");
    }
}
