using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Search;

/// <summary>The Lucene API over the seeded indexes: sync, visibility and errors.</summary>
public abstract class LuceneApiTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Publishing_MakesAnItemFindable_AndUnpublishingRemovesIt()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        using var anonymous = Site.CreateClient();
        var page = await Pages.CreateAsync(editor, "Findable " + Guid.NewGuid().ToString("N")[..6]);
        var id = Pages.Id(page);

        var found = await LuceneQueries.UntilAsync(anonymous, "search", LuceneQueries.ById(id), r => LuceneQueries.Ids(r).Count == 1);
        using var unpublish = await editor.PostAsync($"/api/content/{id}/unpublish", null);
        var gone = await LuceneQueries.UntilAsync(anonymous, "search", LuceneQueries.ById(id), r => r["count"]!.GetValue<int>() == 0);

        Assert.Equal([id], LuceneQueries.Ids(found));
        Assert.Equal(HttpStatusCode.OK, unpublish.StatusCode);
        Assert.Empty(LuceneQueries.Ids(gone));
        Assert.Equal(0, gone["count"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Draft_IsNeverFoundByAnonymousCallers_ButEditorsFindItInTheLatestIndex()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        using var anonymous = Site.CreateClient();
        var draft = await Pages.CreateAsync(editor, "Draft " + Guid.NewGuid().ToString("N")[..6], draft: true);
        var id = Pages.Id(draft);

        var inLatest = await LuceneQueries.UntilAsync(editor, "latest", LuceneQueries.ById(id), r => LuceneQueries.Ids(r).Count == 1);
        var inSearch = await LuceneQueries.QueryAsync(anonymous, "search", LuceneQueries.ById(id));
        var documents = await LuceneQueries.QueryAsync(anonymous, "search", LuceneQueries.ById(id), "/api/lucene/documents");
        using var latestAnonymous = await LuceneQueries.PostAsync(anonymous, "latest", LuceneQueries.ById(id));

        Assert.Equal([id], LuceneQueries.Ids(inLatest));
        Assert.Empty(LuceneQueries.Ids(inSearch));
        Assert.Empty(documents["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.Unauthorized, latestAnonymous.StatusCode);
    }

    [SkippableFact]
    public async Task Members_AreNeverIndexed()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        var member = await Pages.CreateAsync(admin, Chapters.ChapterRulesTests.Member("Indexed nowhere"));
        var page = await Pages.CreateAsync(admin, "Marker " + Guid.NewGuid().ToString("N")[..6]);
        await LuceneQueries.UntilAsync(admin, "latest", LuceneQueries.ById(Pages.Id(page)), r => LuceneQueries.Ids(r).Count == 1);

        var result = await LuceneQueries.QueryAsync(admin, "latest", LuceneQueries.ById(Pages.Id(member)), "/api/lucene/documents");

        Assert.Equal(0, result["count"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Indexes_AreListedForIndexManagers_Only()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        using var anonymous = Site.CreateClient();
        using var author = await Site.CreateApiClientAsync("Author");
        await LuceneQueries.UntilAsync(anonymous, "search", "{}", r => r["count"]!.GetValue<int>() > 100);

        var indexes = (await editor.GetFromJsonAsync<JsonArray>("/api/lucene/indexes"))!;
        using var asAnonymous = await anonymous.GetAsync("/api/lucene/indexes");
        using var asAuthor = await author.GetAsync("/api/lucene/indexes");

        var search = indexes.Single(i => i!["name"]!.GetValue<string>() == "search")!;
        Assert.Equal("bilingualanalyzer", search["analyzerName"]!.GetValue<string>());
        Assert.True(search["documents"]!.GetValue<int>() > 100);
        Assert.Equal(search["generation"]!.GetValue<long>(), search["builtGeneration"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.Unauthorized, asAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asAuthor.StatusCode);
    }

    [SkippableTheory]
    [InlineData("nosuchindex", "{}", "indexName")]
    [InlineData("search", "{\"query\":{\"nonsense\":{}}}", "query.query.nonsense")]
    [InlineData("search", "not json", "query")]
    public async Task Query_Returns400NamingTheProblem_WhenItIsWrong(string index, string query, string member)
    {
        using var anonymous = Site.CreateClient();

        using var response = await LuceneQueries.PostAsync(anonymous, index, query);

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body!["errors"]![member]);
    }

    [SkippableFact]
    public async Task Query_AnswersTheHitsFoundSoFar_WhenTheSearchRunsOutOfTime()
    {
        using var node = TimeoutNode.Start(Site);
        using var anonymous = node.CreateClient();
        const string factSheets = """{"query":{"term":{"Content.ContentItem.ContentType":"FactSheet"}},"size":10}""";

        // The node indexes into a folder of its own first; until then it finds nothing and has no time to run out of.
        var result = await LuceneQueries.UntilAsync(anonymous, "search", factSheets, r => r["timedOut"] is not null, seconds: 60);
        var documents = await LuceneQueries.QueryAsync(anonymous, "search", factSheets, "/api/lucene/documents");

        Assert.True(result["timedOut"]!.GetValue<bool>());
        Assert.Equal(TimeoutNode.HitsBeforeTimeout, result["count"]!.GetValue<int>());
        Assert.Equal(TimeoutNode.HitsBeforeTimeout, LuceneQueries.Ids(result).Count);
        Assert.True(documents["timedOut"]!.GetValue<bool>());
        Assert.Equal(TimeoutNode.HitsBeforeTimeout, documents["items"]!.AsArray().Count);
    }

    [SkippableFact]
    public async Task SeededFactSheets_AreFoundByTheirWords()
    {
        using var anonymous = Site.CreateClient();

        var result = await LuceneQueries.UntilAsync(anonymous, "search",
            """{"query":{"bool":{"must":[{"match":{"Content.ContentItem.FullText":"stunting"}},{"term":{"Content.ContentItem.ContentType":"FactSheet"}}]}}}""",
            r => LuceneQueries.Ids(r).Count > 0);

        Assert.NotEmpty(LuceneQueries.Ids(result));
        Assert.All(result["items"]!.AsArray(), i => Assert.Equal("FactSheet", i!["ContentType"]!.GetValue<string>()));
    }
}

public sealed class LuceneApiSqliteTests(SqliteSite fixture) : LuceneApiTests(fixture), IClassFixture<SqliteSite>;

public sealed class LuceneApiPostgresTests(PostgresSite fixture) : LuceneApiTests(fixture), IClassFixture<PostgresSite>;
