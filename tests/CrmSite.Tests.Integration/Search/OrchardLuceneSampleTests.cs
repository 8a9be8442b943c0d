using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Search;

/// <summary>Orchard's own Lucene sample recipe imports, and its kind of queries answer through /api/lucene/content.</summary>
public abstract class OrchardLuceneSampleTests(SiteFixture fixture)
{
    private const string Index = "ArticleIndex";
    private const string FullText = "Content.ContentItem.FullText";

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task SampleQueries_FindTheExpectedArticles()
    {
        var path = RepositoryFiles.OrchardSample("lucene-query.recipe.json");
        await Site.ImportAsync(File.ReadAllText(path), "lucene-query.recipe.json", Path.GetDirectoryName(path));
        using var client = Site.CreateClient();
        await LuceneQueries.UntilAsync(client, Index, "{}", r => r["count"]!.GetValue<int>() == 4);

        var match = await TitlesAsync(client, Single("match", "management"));
        var wildcard = await TitlesAsync(client, Single("wildcard", "redevelop*"));
        var all = await TitlesAsync(client, Single("match", "orchard"));
        var boostedFirst = await TitlesAsync(client, Boosted(redevelopment: 10, management: 1));
        var boostedSecond = await TitlesAsync(client, Boosted(redevelopment: 1, management: 10));

        Assert.Equal(["CMS"], match);
        Assert.Equal(["Orchard Core"], wildcard);
        Assert.Equal(4, all.Count);
        Assert.Equal(["Orchard Core", "CMS"], boostedFirst);
        Assert.Equal(["CMS", "Orchard Core"], boostedSecond);
    }

    private static string Single(string type, string text) =>
        new JsonObject { ["query"] = new JsonObject { [type] = new JsonObject { [FullText] = text } } }.ToJsonString();

    private static string Boosted(int redevelopment, int management) =>
        new JsonObject
        {
            ["query"] = new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["should"] = new JsonArray(Match("redevelopment", redevelopment), Match("management", management)),
                },
            },
        }.ToJsonString();

    private static JsonObject Match(string text, int boost) =>
        new() { ["match"] = new JsonObject { [FullText] = new JsonObject { ["query"] = text, ["boost"] = boost } } };

    private static async Task<List<string>> TitlesAsync(HttpClient client, string query) =>
        [.. (await LuceneQueries.QueryAsync(client, Index, query))["items"]!.AsArray().Select(i => i!["DisplayText"]!.GetValue<string>())];
}

public sealed class OrchardLuceneSampleSqliteTests(SqliteSite fixture) : OrchardLuceneSampleTests(fixture), IClassFixture<SqliteSite>;

public sealed class OrchardLuceneSamplePostgresTests(PostgresSite fixture) : OrchardLuceneSampleTests(fixture), IClassFixture<PostgresSite>;
