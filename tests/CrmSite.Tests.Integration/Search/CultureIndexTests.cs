using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Search;

/// <summary>
/// An analyzer per culture, Orchard's way: an index restricted to one culture with that language's analyzer. Here an
/// Urdu index with the Urdu analyzer and an English one with English stemming, beside the bilingual index.
/// </summary>
public abstract class CultureIndexTests(SiteFixture fixture)
{
    private const string Profiles = """
        { "name": "culture-indexes", "steps": [ { "name": "lucene-index", "Indices": [
          { "factsheets-ur": { "AnalyzerName": "urduanalyzer", "IndexedContentTypes": [ "FactSheet" ], "Culture": "ur" } },
          { "factsheets-en": { "AnalyzerName": "englishanalyzer", "IndexedContentTypes": [ "FactSheet" ], "Culture": "en" } },
          { "factsheets-any": { "AnalyzerName": "standardanalyzer", "IndexedContentTypes": [ "FactSheet" ], "Culture": "any" } }
        ] } ] }
        """;

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task CultureIndexes_HoldTheirCultureOnly_AndAnalyseItsWay()
    {
        await Site.ImportAsync(Profiles);
        using var anonymous = Site.CreateClient();
        const string all = """{"query":{"match_all":{}},"size":100}""";

        var urdu = await LuceneQueries.UntilAsync(anonymous, "factsheets-ur", all, r => r["count"]!.GetValue<int>() == 3);
        var english = await LuceneQueries.UntilAsync(anonymous, "factsheets-en", all, r => r["count"]!.GetValue<int>() == 7);
        var any = await LuceneQueries.UntilAsync(anonymous, "factsheets-any", all, r => r["count"]!.GetValue<int>() == 10);
        var arabicForms = await LuceneQueries.QueryAsync(anonymous, "factsheets-ur",
            """{"query":{"match_phrase":{"Content.ContentItem.FullText":"كم عمري كي شادي"}}}""");
        var stemmed = await LuceneQueries.QueryAsync(anonymous, "factsheets-en",
            """{"query":{"match":{"Content.ContentItem.FullText":"labourers"}}}""");

        Assert.Equal(3, urdu["count"]!.GetValue<int>());
        Assert.All(urdu["items"]!.AsArray(), i => Assert.Equal("ur", i!["LocalizationPart"]!["Culture"]!.GetValue<string>()));
        Assert.Equal(7, english["count"]!.GetValue<int>());
        Assert.Equal(10, any["count"]!.GetValue<int>());
        Assert.Equal(["factsheetchildmarriageur"], LuceneQueries.Ids(arabicForms));
        Assert.Contains("factsheetchildlabour", LuceneQueries.Ids(stemmed));
    }
}

public sealed class CultureIndexSqliteTests(SqliteSite fixture) : CultureIndexTests(fixture), IClassFixture<SqliteSite>;

public sealed class CultureIndexPostgresTests(PostgresSite fixture) : CultureIndexTests(fixture), IClassFixture<PostgresSite>;
