using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using CrmSite.Benchmarks.Api;
using CrmSite.Benchmarks.Hosting;
using CrmSite.Benchmarks.Search;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Benchmarks.GraphQL;

/// <summary>
/// The GraphQL API's two targets. <see cref="SiteList"/>: 20 fact sheets with their parts, chapter and indicators
/// through <c>POST /api/graphql</c>, against the same query on a GraphQL.NET schema of the same shape resolving from
/// the same items in memory (<see cref="InMemoryGraphServer"/>). <see cref="GraphQLItemBenchmarks"/>: one item by id.
/// Every endpoint is called over loopback with one plain HttpClient, one request at a time.
/// </summary>
[QuickInProcessJob]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet drives the lifetime: [GlobalCleanup] disposes.")]
public class GraphQLListBenchmarks
{
    public const string ListQuery = """
        { factSheet(first: 20) { contentItemId displayText year summary path markdownBody { markdown } localization { culture }
            chapter { contentItemIds contentItems { contentItemId displayText ... on Chapter { code } } }
            indicators { contentItemIds contentItems { contentItemId displayText ... on Indicator { unit definition } } } } }
        """;

    private SearchSite _site = null!;
    private BareServer _memory = null!;
    private HttpClient _siteClient = null!;
    private HttpClient _memoryClient = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = SearchSite.Start(preparedData: null, kestrel: true);
        var siteAddress = _site.Address;
        List<ContentItem> sheets;
        Dictionary<string, ContentItem> others;
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var reader = services.GetRequiredService<ContentReader>();
            var seeded = await reader.ListAsync("FactSheet", VersionOptions.Published);
            // Twice the seeded sheets again under new ids: 30 in all, so a page of 20 is a real page.
            var copies = new JsonArray();
            foreach (var round in new[] { "a", "b" })
            {
                foreach (var sheet in seeded)
                {
                    var copy = sheet.Clone();
                    copy.ContentItemId = (sheet.ContentItemId + round).PadRight(26, 'x')[..26];
                    copy.ContentItemVersionId = (sheet.ContentItemId + round + "v").PadRight(26, 'v')[..26];
                    copy.Part("AutoroutePart")!["Path"] = $"bench/{round}/{sheet.ContentItemId}";
                    copy.Part("LocalizationPart")!["LocalizationSet"] = (sheet.ContentItemId + round + "s").PadRight(26, 's')[..26];
                    copies.Add(copy.Data);
                }
            }
            var recipe = new JsonObject { ["name"] = "graphql-bench", ["steps"] = new JsonArray { new JsonObject { ["name"] = "Content", ["data"] = copies } } };
            // A failing step throws, naming the step and the reason.
            await services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe.ToJsonString(), "graphql-bench", baseDirectory: null);
            sheets = [.. await reader.ListAsync("FactSheet", VersionOptions.Published)];
            others = (await reader.ListAsync("Chapter", VersionOptions.Published)).Concat(await reader.ListAsync("Indicator", VersionOptions.Published))
                .ToDictionary(i => i.ContentItemId);
        }
        // The site indexes what setup and this import wrote in the background: measure once it has caught up.
        await _site.WaitForIndexesAsync(TimeSpan.FromMinutes(2));
        _memory = await InMemoryGraphServer.StartAsync(sheets, others);
        _siteClient = new HttpClient { BaseAddress = siteAddress };
        _memoryClient = new HttpClient { BaseAddress = _memory.Address };

        // Same answers: both return the same 20 sheets with the same chapters and indicators.
        var site = await DataAsync(_siteClient, "api/graphql");
        var memory = await DataAsync(_memoryClient, "graphql");
        if (site.ToJsonString() != memory.ToJsonString() || site["factSheet"]!.AsArray().Count != 20)
        {
            throw new InvalidOperationException($"The site and the in-memory schema disagree:\n{site.ToJsonString()[..400]}\n{memory.ToJsonString()[..400]}");
        }
    }

    [Benchmark(Baseline = true, Description = "In-memory GraphQL.NET schema")]
    public Task<int> InMemory() => PostAsync(_memoryClient, "graphql", ListQuery);

    [Benchmark(Description = "POST /api/graphql, 20 fact sheets")]
    public Task<int> SiteList() => PostAsync(_siteClient, "api/graphql", ListQuery);

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _siteClient.Dispose();
        _memoryClient.Dispose();
        await _memory.DisposeAsync();
        await _site.DisposeAsync();
    }

    private static async Task<JsonNode> DataAsync(HttpClient client, string path)
    {
        using var response = await client.PostAsJsonAsync(path, new { query = ListQuery });
        var body = JsonNode.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        return body["errors"] is null ? body["data"]! : throw new InvalidOperationException($"{client.BaseAddress}{path}: {body.ToJsonString()}");
    }

    internal static async Task<int> PostAsync(HttpClient client, string path, string query)
    {
        using var response = await client.PostAsJsonAsync(path, new { query });
        var body = await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
        return body.Length;
    }
}

/// <summary>One item by id through GraphQL, against the raw SQLite read endpoint of the GET benchmark (same item, same file).</summary>
[QuickInProcessJob]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet drives the lifetime: [GlobalCleanup] disposes.")]
public class GraphQLItemBenchmarks
{
    private const string ItemId = "factsheeteducation";
    private const string ItemQuery = """{ contentItem(contentItemId: "factsheeteducation") { contentItemId contentType displayText ... on FactSheet { year summary path } } }""";

    private SearchSite _site = null!;
    private BareServer _raw = null!;
    private HttpClient _siteClient = null!;
    private HttpClient _rawClient = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = SearchSite.Start(preparedData: null, kestrel: true);
        var siteAddress = _site.Address;
        await _site.WaitForIndexesAsync(TimeSpan.FromMinutes(2));
        _raw = await RawContentServer.StartAsync(_site.Factory.DatabaseFile);
        _siteClient = new HttpClient { BaseAddress = siteAddress };
        _rawClient = new HttpClient { BaseAddress = _raw.Address };
        using var response = await _siteClient.PostAsJsonAsync("api/graphql", new { query = ItemQuery });
        var body = JsonNode.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
        if (body?["data"]?["contentItem"]?["contentItemId"]?.GetValue<string>() != ItemId)
        {
            throw new InvalidOperationException("GraphQL did not return the seeded fact sheet: " + body?.ToJsonString());
        }
        using var raw = await _rawClient.GetAsync($"raw/content/{ItemId}");
        raw.EnsureSuccessStatusCode();
    }

    [Benchmark(Baseline = true, Description = "Raw SQLite endpoint")]
    public async Task<int> RawEndpoint()
    {
        using var response = await _rawClient.GetAsync($"raw/content/{ItemId}");
        return (await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync()).Length;
    }

    [Benchmark(Description = "POST /api/graphql, contentItem by id")]
    public Task<int> SiteItem() => GraphQLListBenchmarks.PostAsync(_siteClient, "api/graphql", ItemQuery);

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _siteClient.Dispose();
        _rawClient.Dispose();
        await _raw.DisposeAsync();
        await _site.DisposeAsync();
    }
}
