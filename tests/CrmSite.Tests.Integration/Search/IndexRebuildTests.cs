using CrmSite.Search.Indexing;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Search;

/// <summary>
/// Random content changes, then a rebuild: the live index (kept by replaying the task log) and the rebuilt one hold
/// the same (id, version) pairs, and both equal the store.
/// </summary>
public abstract class IndexRebuildTests(SiteFixture fixture)
{
    private const string PagesQuery = """{"query":{"term":{"Content.ContentItem.ContentType":"Page"}},"size":1000}""";

    private SiteFactory Site => fixture.Site;

    [SkippableTheory]
    [InlineData(20261123)]
    [InlineData(7)]
    public async Task Rebuild_GivesTheLiveIndex_AfterRandomChanges(int seed)
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        var random = new Random(seed);
        var ids = new List<string>();
        for (var step = 0; step < 40; step++)
        {
            var action = ids.Count == 0 ? 0 : random.Next(5);
            var id = ids.Count == 0 ? null : ids[random.Next(ids.Count)];
            switch (action)
            {
                case 0:
                    ids.Add(Pages.Id(await Pages.CreateAsync(editor, $"Random {step}", draft: random.Next(2) == 0)));
                    break;
                case 1:
                    var change = Pages.New($"Changed {step}");
                    change["ContentItemId"] = id;
                    (await Pages.PostAsync(editor, change, draft: random.Next(2) == 0)).Dispose();
                    break;
                case 2:
                    (await editor.PostAsync($"/api/content/{id}/publish", null)).Dispose();
                    break;
                case 3:
                    (await editor.PostAsync($"/api/content/{id}/unpublish", null)).Dispose();
                    break;
                default:
                    (await editor.DeleteAsync($"/api/content/{id}")).Dispose();
                    ids.Remove(id!);
                    break;
            }
        }
        var latestInStore = await StoreSetAsync(published: false);
        var publishedInStore = await StoreSetAsync(published: true);

        var latest = await WaitForAsync(editor, "latest", latestInStore);
        var published = await WaitForAsync(editor, "search", publishedInStore);
        var indexes = Site.Services.GetRequiredService<LuceneIndexes>();
        var generations = (indexes.Find("latest")!.Generation, indexes.Find("search")!.Generation);
        await Site.ImportAsync("""{ "name": "rebuild", "steps": [ { "name": "lucene-index-rebuild", "Indices": [ "latest", "search" ] } ] }""");
        await WaitUntilAsync(() => indexes.Find("latest")!.Generation > generations.Item1 && indexes.Find("search")!.Generation > generations.Item2);
        var latestRebuilt = await IndexSetAsync(editor, "latest");
        var publishedRebuilt = await IndexSetAsync(editor, "search");

        Assert.Equal(latestInStore, latest);
        Assert.Equal(latest, latestRebuilt);
        Assert.Equal(publishedInStore, published);
        Assert.Equal(published, publishedRebuilt);
    }

    private Task<SortedSet<string>> StoreSetAsync(bool published) => Site.WithStoreAsync(async db => new SortedSet<string>(
        await db.ContentItems.Where(v => v.ContentType == "Page" && (published ? v.Published : v.Latest))
            .Select(v => v.ContentItemId + "/" + v.ContentItemVersionId).ToListAsync(), StringComparer.Ordinal));

    private static async Task<SortedSet<string>> IndexSetAsync(HttpClient client, string index)
    {
        var result = await LuceneQueries.QueryAsync(client, index, PagesQuery, "/api/lucene/documents");
        return new SortedSet<string>(result["items"]!.AsArray().Select(d =>
            d!["ContentItemId"]!.GetValue<string>() + "/" + d["ContentItemVersionId"]!.GetValue<string>()), StringComparer.Ordinal);
    }

    private static async Task<SortedSet<string>> WaitForAsync(HttpClient client, string index, SortedSet<string> expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var set = await IndexSetAsync(client, index);
            if (set.SetEquals(expected) || DateTime.UtcNow > deadline)
            {
                return set;
            }
            await Task.Delay(100);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.True(condition(), "the index was not rebuilt in time");
    }
}

public sealed class IndexRebuildSqliteTests(SqliteSite fixture) : IndexRebuildTests(fixture), IClassFixture<SqliteSite>;

public sealed class IndexRebuildPostgresTests(PostgresSite fixture) : IndexRebuildTests(fixture), IClassFixture<PostgresSite>;
