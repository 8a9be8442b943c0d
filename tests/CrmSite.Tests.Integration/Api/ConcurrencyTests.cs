using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Tests.Integration.Api;

public abstract class ConcurrencyTests(SiteFixture fixture)
{
    private const int Clients = 32;
    private const int Updates = 1000;
    private const int Items = 20;

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task IfMatchUpdates_KeepEveryAcceptedWriteAndRejectStaleOnes_WhenClientsRace()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var items = new List<JsonObject>();
        for (var i = 0; i < Items; i++)
        {
            items.Add(await Pages.CreateAsync(api, $"Race {i}"));
        }
        var accepted = new ConcurrentBag<(string ItemId, string VersionId)>();
        var stale = 0;
        var unexpected = new ConcurrentBag<string>();
        var next = -1;

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) is var n && n < Updates)
            {
                var item = items[n % Items];
                var id = Pages.Id(item);
                using var current = await api.GetAsync($"/api/content/{id}?status=latest");
                var etag = current.Headers.ETag!.Tag;
                var update = Pages.New($"Race {n % Items} write {n}", item["AutoroutePart"]!["Path"]!.GetValue<string>());
                update["ContentItemId"] = id;
                using var response = await Pages.PostAsync(api, update, ifMatch: etag);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonObject>();
                    accepted.Add((id, Pages.VersionId(body!)));
                }
                else if (response.StatusCode == HttpStatusCode.PreconditionFailed)
                {
                    Interlocked.Increment(ref stale);
                }
                else
                {
                    unexpected.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }));

        Assert.Empty(unexpected);
        Assert.Equal(Updates, accepted.Count + stale);
        Assert.True(accepted.Count >= Items, $"at least one write per item succeeds ({accepted.Count} did)");
        var stored = await Site.WithStoreAsync(db => db.ContentItems
            .Where(v => items.Select(Pages.Id).Contains(v.ContentItemId))
            .Select(v => new { v.ContentItemId, v.ContentItemVersionId, v.Published, v.Latest })
            .ToListAsync());
        var history = stored.Select(v => v.ContentItemVersionId).ToHashSet();
        Assert.All(accepted, a => Assert.Contains(a.VersionId, history));
        Assert.Equal(accepted.Count + Items, stored.Count);
        foreach (var group in stored.GroupBy(v => v.ContentItemId))
        {
            Assert.Single(group, v => v.Published);
            Assert.Single(group, v => v.Latest);
        }
    }

    [SkippableFact]
    public async Task Publish_LeavesOnePublishedVersion_WhenCalledTwiceAtOnce()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var live = await Pages.CreateAsync(api, "Double publish");
        var id = Pages.Id(live);
        var draft = Pages.New("Double publish v2", live["AutoroutePart"]!["Path"]!.GetValue<string>());
        draft["ContentItemId"] = id;
        (await Pages.PostAsync(api, draft, draft: true)).Dispose();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.PostAsync($"/api/content/{id}/publish", null)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var published = await Site.WithStoreAsync(db => db.ContentItems.CountAsync(v => v.ContentItemId == id && v.Published));
        Assert.Equal(1, published);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}

public sealed class ConcurrencySqliteTests(SqliteSite fixture) : ConcurrencyTests(fixture), IClassFixture<SqliteSite>;

public sealed class ConcurrencyPostgresTests(PostgresSite fixture) : ConcurrencyTests(fixture), IClassFixture<PostgresSite>;
