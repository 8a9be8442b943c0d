using CrmSite.Search.Queries;

namespace CrmSite.Tests.Unit.Search.Queries;

public sealed class QueryDslTermTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    [Theory]
    [InlineData("""{"query":{"term":{"ContentType":"FactSheet"}}}""", new[] { "punjab", "sindh" })]
    [InlineData("""{"query":{"term":{"ContentType":{"value":"ForumPost","boost":3}}}}""", new[] { "gardens" })]
    [InlineData("""{"query":{"term":{"Content.ContentItem.DisplayText":"Youth Orchestra"}}}""", new[] { "orchestra" })]
    [InlineData("""{"query":{"term":{"Content.ContentItem.FullText":"Orchard"}}}""", new string[0])]
    [InlineData("""{"query":{"term":{"FactSheet.Year":2020}}}""", new[] { "punjab" })]
    [InlineData("""{"query":{"term":{"FactSheet.Rate":7.75}}}""", new[] { "punjab" })]
    [InlineData("""{"query":{"terms":{"ContentType":["Article","ForumPost"]}}}""", new[] { "gardens", "orchard", "orchestra" })]
    [InlineData("""{"query":{"terms":{"ContentType":[],"boost":2}}}""", new string[0])]
    public void Parse_FindsExactValues_WhenTermIsNotAnalysed(string json, string[] expected)
    {
        var ids = index.FindSet(json);

        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("""{"query":{"prefix":{"Content.ContentItem.FullText":"orch"}}}""", new[] { "gardens", "orchard", "orchestra" })]
    [InlineData("""{"query":{"prefix":{"Content.ContentItem.DisplayText":{"value":"Sindh"}}}}""", new[] { "sindh" })]
    [InlineData("""{"query":{"prefix":{"ContentType":{"prefix":"Fact","boost":2}}}}""", new[] { "punjab", "sindh" })]
    public void Parse_FindsTermsStartingWithPrefix_WhenPrefixQuery(string json, string[] expected)
    {
        var ids = index.FindSet(json);

        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("""{"query":{"wildcard":{"Content.ContentItem.FullText":"orch*"}}}""", new[] { "gardens", "orchard", "orchestra" })]
    [InlineData("""{"query":{"wildcard":{"Content.ContentItem.FullText":{"value":"orch?stra"}}}}""", new[] { "orchestra" })]
    [InlineData("""{"query":{"wildcard":{"ContentType":{"wildcard":"*Post","boost":2}}}}""", new[] { "gardens" })]
    public void Parse_FindsPatternMatches_WhenWildcardQuery(string json, string[] expected)
    {
        var ids = index.Ids(SampleIndex.Parse(json, new QueryLimits(AllowLeadingWildcard: true))).Order(StringComparer.Ordinal);

        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Parse_RefusesLeadingWildcard_WhenLimitsDoNotAllowIt()
    {
        var json = """{"query":{"wildcard":{"ContentType":"*Post"}}}""";

        var error = Assert.Throws<QueryDslException>(() => SampleIndex.Parse(json));

        Assert.Equal("query.wildcard.ContentType", error.Path);
        Assert.Contains("leading wildcards are turned off", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"query":{"fuzzy":{"Content.ContentItem.FullText":"lahor"}}}""", new[] { "orchestra", "punjab" })]
    [InlineData("""{"query":{"fuzzy":{"Content.ContentItem.FullText":{"value":"provinse","fuzziness":1}}}}""", new[] { "punjab", "sindh" })]
    [InlineData("""{"query":{"fuzzy":{"Content.ContentItem.FullText":{"value":"provinse","fuzziness":0}}}}""", new string[0])]
    [InlineData("""{"query":{"fuzzy":{"Content.ContentItem.FullText":{"value":"childs","fuzziness":"AUTO","prefix_length":2,"max_expansions":10}}}}""", new[] { "gardens", "orchard", "punjab", "sindh" })]
    public void Parse_FindsNearTerms_WhenFuzzyQuery(string json, string[] expected)
    {
        var ids = index.FindSet(json);

        Assert.Equal(expected, ids);
    }
}
