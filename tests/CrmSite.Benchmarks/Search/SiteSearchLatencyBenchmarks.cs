using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using CrmSite.Benchmarks.Hosting;

namespace CrmSite.Benchmarks.Search;

/// <summary>
/// One anonymous <c>GET /api/search?q=&lt;two words&gt;</c> against the real site on Kestrel over 100,000 fact
/// sheets, against the same search done with Lucene.Net directly on the same index folder in this process (the
/// baseline), and against that raw search behind a bare Kestrel endpoint (what HTTP alone adds). Each measurement
/// is one call, so the percentiles are per-call latencies.
/// </summary>
[Config(typeof(LatencyConfig))]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet drives the lifetime: [GlobalCleanup] disposes.")]
public class SiteSearchLatencyBenchmarks
{
    private const int WarmUpCalls = 300;

    private SearchSite _site = null!;
    private RawLuceneSearch _raw = null!;
    private BareServer _rawServer = null!;
    private HttpClient _siteClient = null!;
    private HttpClient _rawClient = null!;
    private string _words = null!;
    private string _sitePath = null!;
    private string _rawPath = null!;

    [Params("common", "rare")]
    public string Terms { get; set; } = "common";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var cache = await SearchCorpusCache.EnsureAsync();
        _site = SearchSite.Start(cache.SiteData, kestrel: true);
        await _site.WaitForIndexesAsync(TimeSpan.FromMinutes(5));
        _raw = new RawLuceneSearch(_site.SearchIndexFolder, _site.SearchHolder!.PlainAnalyzer);
        cache.Check(_raw);
        _rawServer = await RawSearchServer.StartAsync(_raw);
        _words = cache.Corpus.Pair(Terms);
        var query = Uri.EscapeDataString(_words).Replace("%20", "+", StringComparison.Ordinal);
        _siteClient = new HttpClient { BaseAddress = _site.Address };
        _rawClient = new HttpClient { BaseAddress = _rawServer.Address };
        _sitePath = $"api/search?q={query}";
        _rawPath = $"raw/search?q={query}";

        var site = await TotalAsync(_siteClient, _sitePath);
        var raw = await TotalAsync(_rawClient, _rawPath);
        Console.WriteLine($"// search latency: '{_words}': the site finds {site}, raw Lucene {raw} (in process {_raw.Search(_words).Total})");
        // Tiered compilation settles before the warm-up iterations start.
        for (var i = 0; i < WarmUpCalls; i++)
        {
            _ = RawLucene();
            _ = await RawOverHttp();
            _ = await SiteApi();
        }
    }

    [Benchmark(Baseline = true, Description = "Raw Lucene.Net, in process")]
    public int RawLucene() => _raw.Search(_words).Top.Count;

    [Benchmark(Description = "Raw Lucene.Net, bare endpoint")]
    public Task<int> RawOverHttp() => FetchAsync(_rawClient, _rawPath);

    [Benchmark(Description = "GET /api/search")]
    public Task<int> SiteApi() => FetchAsync(_siteClient, _sitePath);

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _siteClient.Dispose();
        _rawClient.Dispose();
        await _rawServer.DisposeAsync();
        _raw.Dispose();
        await _site.DisposeAsync();
    }

    private static async Task<int> FetchAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
        return body.Length;
    }

    private static async Task<int> TotalAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        return JsonNode.Parse(body)?["total"]?.GetValue<int>() ?? throw new InvalidOperationException($"{path}: no total in {body}");
    }
}
