using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using CrmSite.Benchmarks.Hosting;
using CrmSite.Benchmarks.Import;
using CrmSite.Content.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Benchmarks.Api;

/// <summary>
/// One anonymous <c>GET /api/content/{id}</c> against the real site on Kestrel, against a bare endpoint in this
/// process that reads the same published row from the same SQLite file. Both are called over loopback sockets
/// with one plain HttpClient each, one request at a time, so the mean is per-request latency.
/// </summary>
[QuickInProcessJob]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet drives the lifetime: [GlobalCleanup] disposes.")]
public class GetContentBenchmarks
{
    private CrmSiteFactory _site = null!;
    private BareServer _raw = null!;
    private HttpClient _siteClient = null!;
    private HttpClient _rawClient = null!;
    private string _sitePath = null!;
    private string _rawPath = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = new CrmSiteFactory(kestrel: true);
        var siteAddress = _site.Start();
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            // A published item, imported the way content arrives without a bearer token.
            await scope.ServiceProvider.GetRequiredService<RecipeExecutor>()
                .ExecuteAsync(ArticleRecipe.Build(1, "api"), "benchmark-seed", baseDirectory: null);
        }
        var itemId = ArticleRecipe.ItemId(0, "api");
        _raw = await RawContentServer.StartAsync(_site.DatabaseFile);
        _siteClient = new HttpClient { BaseAddress = siteAddress };
        _rawClient = new HttpClient { BaseAddress = _raw.Address };
        _sitePath = $"api/content/{itemId}";
        _rawPath = $"raw/content/{itemId}";

        foreach (var (client, path) in new[] { (_siteClient, _sitePath), (_rawClient, _rawPath) })
        {
            using var response = await client.GetAsync(path);
            var body = await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
            if (JsonNode.Parse(body)?["ContentItemId"]?.GetValue<string>() != itemId)
            {
                throw new InvalidOperationException($"{client.BaseAddress}{path} did not return item {itemId}: {body}");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "Raw SQLite endpoint")]
    public Task<int> RawEndpoint() => FetchAsync(_rawClient, _rawPath);

    [Benchmark(Description = "GET /api/content/{id}")]
    public Task<int> SiteApi() => FetchAsync(_siteClient, _sitePath);

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _siteClient.Dispose();
        _rawClient.Dispose();
        await _raw.DisposeAsync();
        await _site.DisposeAsync();
    }

    private static async Task<int> FetchAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
        return body.Length;
    }
}
