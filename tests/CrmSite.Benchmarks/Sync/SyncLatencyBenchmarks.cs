using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using CrmSite.Benchmarks.Hosting;
using CrmSite.Content.Items;
using CrmSite.Content.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Benchmarks.Sync;

/// <summary>
/// How long after a change is saved a visitor finds it: saving one published page through the recipe path, then
/// asking <c>/api/search</c> every 10 ms until the page is a hit, against saving the same page alone (the
/// baseline). The difference is the index lag: the sync worker's quarter-second poll plus the replay.
/// </summary>
[QuickInProcessJob(singleInvocation: true)]
[IterationCount(30)]
[MedianColumn]
[MaxColumn]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet drives the lifetime: [GlobalCleanup] disposes.")]
public class SyncLatencyBenchmarks
{
    private CrmSiteFactory _site = null!;
    private HttpClient _client = null!;
    private int _count;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = new CrmSiteFactory(kestrel: true);
        _client = new HttpClient { BaseAddress = _site.Start() };
        await SaveAndFindAsync();
    }

    [Benchmark(Baseline = true, Description = "Save a published page")]
    public Task SaveOnly() => SaveAsync(NextWord());

    [Benchmark(Description = "Save, then found by /api/search")]
    public Task<int> SaveAndFind() => SaveAndFindAsync();

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        await _site.DisposeAsync();
    }

    private async Task<int> SaveAndFindAsync()
    {
        var word = NextWord();
        await SaveAsync(word);
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var body = JsonNode.Parse(await _client.GetStringAsync($"api/search?q={word}"))!;
            if (body["total"]!.GetValue<int>() == 1)
            {
                return attempt;
            }
            await Task.Delay(10);
        }
        throw new InvalidOperationException($"'{word}' was not found within 10 s.");
    }

    private string NextWord() => "lag" + (++_count).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..6];

    private async Task SaveAsync(string word)
    {
        var recipe = new JsonObject
        {
            ["name"] = "lag-" + word,
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "Content",
                ["data"] = new JsonArray(new JsonObject
                {
                    ["ContentItemId"] = IdGenerator.NewId(),
                    ["ContentType"] = "Page",
                    ["DisplayText"] = "Page " + word,
                    ["Published"] = true,
                    ["Latest"] = true,
                    ["TitlePart"] = new JsonObject { ["Title"] = "Page " + word },
                }),
            }),
        };
        await using var scope = _site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe.ToJsonString(), "lag", baseDirectory: null);
    }
}
