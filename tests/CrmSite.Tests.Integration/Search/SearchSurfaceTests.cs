using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Search;

/// <summary>
/// Drafts of every type in the visitor index, asked for on every search surface by an anonymous caller: none is
/// ever found, while an editor finds each one in the index of latest versions. And a second node sharing the
/// store finds what the first published.
/// </summary>
public abstract class SearchSurfaceTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Drafts_AreFoundOnNoSearchSurface_ForAnonymousCallers_WhateverTheirType()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        using var anonymous = Site.CreateClient();
        var types = await SearchIndexTypesAsync(admin);
        var word = "zd" + Guid.NewGuid().ToString("N")[..8];
        var drafts = new Dictionary<string, string>();
        foreach (var type in types)
        {
            if (await SaveDraftAsync(admin, type, $"{word} {type}") is { } id)
            {
                drafts[type] = id;
            }
        }
        var match = $$$"""{"query":{"match":{"Content.ContentItem.FullText":"{{{word}}}"}},"size":100}""";

        var latest = await LuceneQueries.UntilAsync(admin, "latest", match, r => LuceneQueries.Ids(r).Count >= drafts.Count);
        // Types without drafts were published for a moment before being unpublished: wait for the visitor index to
        // apply the unpublishing (a draft that leaked would never leave it).
        var search = await SiteSearches.UntilAsync(anonymous, SiteSearches.Q(word), r => r["total"]!.GetValue<int>() == 0, seconds: 5);
        var suggestions = await SiteSearches.SuggestAsync(anonymous, word);
        var content = await LuceneQueries.QueryAsync(anonymous, "search", match);
        var documents = await LuceneQueries.QueryAsync(anonymous, "search", match, "/api/lucene/documents");
        using var latestAnonymous = await LuceneQueries.PostAsync(anonymous, "latest", match);
        using var page = await anonymous.GetAsync("/search?q=" + word);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(types.Except(["ElectionResult"]).Order(), drafts.Keys.Order());
        Assert.Equal(drafts.Values.Order(), LuceneQueries.Ids(latest).Order());
        Assert.Equal(0, search["total"]!.GetValue<int>());
        Assert.Empty(suggestions);
        Assert.Empty(LuceneQueries.Ids(content));
        Assert.Equal(0, content["count"]!.GetValue<int>());
        Assert.Empty(documents["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.Unauthorized, latestAnonymous.StatusCode);
        // The page repeats the words asked for; what must not appear is a hit.
        Assert.Contains("<h2 id=\"results-heading\">0 results</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"hit\"", html, StringComparison.Ordinal);
    }

    // The bound is loose so a loaded CI machine does not fail it; the measured lag is reported in the message and
    // measured under no other load by the sync-latency benchmark.
    [SkippableFact]
    public async Task SecondNode_FindsWhatTheFirstPublished_WithinSeconds()
    {
        using var second = Site.Provider == Content.Store.StoreProvider.Postgres
            ? new SiteFactory(Site.Provider, postgresConnection: Site.PostgresConnection)
            : new SiteFactory(Site.Provider, Site.DataPath);
        using var editor = await Site.CreateApiClientAsync("Editor");
        using var visitorOnSecond = second.CreateClient();
        var word = "zn" + Guid.NewGuid().ToString("N")[..8];
        // The second node first builds its own copy of every index; measure once it replays changes.
        var warmUp = Pages.Id(await Pages.CreateAsync(editor, $"Warm up {word}w"));
        await SiteSearches.UntilAsync(visitorOnSecond, SiteSearches.Q(word + "w"), r => SiteSearches.Ids(r).Contains(warmUp), seconds: 30);

        var published = System.Diagnostics.Stopwatch.StartNew();
        var id = Pages.Id(await Pages.CreateAsync(editor, $"Second node {word}"));
        var saved = published.Elapsed;
        var found = await SiteSearches.UntilAsync(visitorOnSecond, SiteSearches.Q(word), r => SiteSearches.Ids(r).Contains(id), seconds: 5);
        var elapsed = published.Elapsed;

        Assert.Contains(id, SiteSearches.Ids(found));
        Assert.True(elapsed < TimeSpan.FromSeconds(3), $"found on the second node {elapsed.TotalMilliseconds:F0} ms after the request (saved after {saved.TotalMilliseconds:F0} ms)");
    }

    private static async Task<IReadOnlyList<string>> SearchIndexTypesAsync(HttpClient admin)
    {
        var indexes = await admin.GetFromJsonAsync<JsonArray>("/api/lucene/indexes");
        var search = indexes!.First(i => i!["name"]!.GetValue<string>() == "search")!;
        return [.. search["indexedContentTypes"]!.AsArray().Select(t => t!.GetValue<string>())];
    }

    // A new draft version of a seeded item of the type (a new page for Page), its title carrying the marker words;
    // a type without drafts gets a new version that is then unpublished.
    // A type with no item yet (ElectionResult, which only the election workflow publishes) is left out: the election
    // embargo property test covers its drafts on every surface.
    private static async Task<string?> SaveDraftAsync(HttpClient admin, string type, string words)
    {
        if (type == "Page")
        {
            return Pages.Id(await Pages.CreateAsync(admin, words, draft: true));
        }
        var list = await admin.GetFromJsonAsync<JsonObject>($"/api/content?contentType={type}&first=1");
        if (list!["items"]!.AsArray().Count == 0)
        {
            return null;
        }
        var item = list["items"]![0]!.AsObject().DeepClone().AsObject();
        item["DisplayText"] = words;
        if (item["TitlePart"] is JsonObject title)
        {
            title["Title"] = words;
        }
        var id = item["ContentItemId"]!.GetValue<string>();
        using var response = await Pages.PostAsync(admin, item, draft: true);
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            using var published = await Pages.PostAsync(admin, item);
            Assert.True(published.IsSuccessStatusCode, $"{type}: {(int)published.StatusCode} {await published.Content.ReadAsStringAsync()}");
            using var unpublish = await admin.PostAsync($"/api/content/{id}/unpublish", null);
            Assert.Equal(HttpStatusCode.OK, unpublish.StatusCode);
            return id;
        }
        Assert.True(response.IsSuccessStatusCode, $"{type}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return id;
    }
}

public sealed class SearchSurfaceSqliteTests(SqliteSite fixture) : SearchSurfaceTests(fixture), IClassFixture<SqliteSite>;

public sealed class SearchSurfacePostgresTests(PostgresSite fixture) : SearchSurfaceTests(fixture), IClassFixture<PostgresSite>;
