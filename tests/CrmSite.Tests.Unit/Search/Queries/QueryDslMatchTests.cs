namespace CrmSite.Tests.Unit.Search.Queries;

public sealed class QueryDslMatchTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    [Fact]
    public void Parse_FindsOrchardTexts_WhenMatchIsOrchardSample()
    {
        var json = """{"query":{"match":{"Content.ContentItem.FullText":"orchard"}}}""";

        var ids = index.FindSet(json);

        Assert.Equal(["gardens", "orchard"], ids);
    }

    [Fact]
    public void Parse_FindsAnyTerm_WhenOperatorIsOr()
    {
        var json = """{"query":{"match":{"Content.ContentItem.FullText":{"query":"Lahore Punjab","operator":"or"}}}}""";

        var ids = index.FindSet(json);

        Assert.Equal(["orchestra", "punjab"], ids);
    }

    [Fact]
    public void Parse_FindsOnlyDocumentsWithAllTerms_WhenOperatorIsAnd()
    {
        var json = """{"query":{"match":{"Content.ContentItem.FullText":{"query":"child province Punjab","operator":"AND"}}}}""";

        var ids = index.Find(json);

        Assert.Equal(["punjab"], ids);
    }

    [Fact]
    public void Parse_FindsMisspeltTerm_WhenMatchHasFuzziness()
    {
        var json = """{"query":{"match":{"Content.ContentItem.FullText":{"query":"orchestar","fuzziness":1}}}}""";

        var ids = index.Find(json);

        Assert.Equal(["orchestra"], ids);
    }

    [Fact]
    public void Parse_FindsNothingThenEverything_WhenTextIsOnlyStopWords()
    {
        var none = """{"query":{"match":{"Content.ContentItem.FullText":"the and"}}}""";
        var all = """{"query":{"match":{"Content.ContentItem.FullText":{"query":"the and","zero_terms_query":"all"}}}}""";

        var noneIds = index.Find(none);
        var allIds = index.Find(all);

        Assert.Empty(noneIds);
        Assert.Equal(5, allIds.Count);
    }

    [Fact]
    public void Parse_FindsPhraseAcrossStopWord_WhenMatchPhraseKeepsPositions()
    {
        var json = """{"query":{"match_phrase":{"Content.ContentItem.FullText":"orchestra played for children"}}}""";

        var ids = index.Find(json);

        Assert.Equal(["orchestra"], ids);
    }

    [Fact]
    public void Parse_FindsLooserPhrase_OnlyWhenSlopAllowsIt()
    {
        var exact = """{"query":{"match_phrase":{"Content.ContentItem.FullText":"child sheet"}}}""";
        var loose = """{"query":{"match_phrase":{"Content.ContentItem.FullText":{"query":"child sheet","slop":2}}}}""";

        var exactIds = index.Find(exact);
        var looseIds = index.FindSet(loose);

        Assert.Empty(exactIds);
        Assert.Equal(["punjab", "sindh"], looseIds);
    }

    [Fact]
    public void Parse_AcceptsOrchardValueKey_WhenMatchPhraseIsAnObject()
    {
        var json = """{"query":{"match_phrase":{"Content.ContentItem.FullText":{"value":"fact sheet for Sindh"}}}}""";

        var ids = index.Find(json);

        Assert.Equal(["sindh"], ids);
    }

    [Fact]
    public void Parse_MatchesEveryDocument_WhenQueryIsMissingOrMatchAll()
    {
        var missing = index.Find("{}");
        var matchAll = index.Find("""{"query":{"match_all":{"boost":2}}}""");

        Assert.Equal(5, missing.Count);
        Assert.Equal(5, matchAll.Count);
    }
}
