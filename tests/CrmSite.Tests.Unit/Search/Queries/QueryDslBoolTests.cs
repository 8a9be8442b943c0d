namespace CrmSite.Tests.Unit.Search.Queries;

public sealed class QueryDslBoolTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    [Fact]
    public void Parse_PutsRarerTypeFirst_WhenShouldClausesAreNotBoosted()
    {
        var json = """{"query":{"bool":{"should":[{"term":{"ContentType":"Article"}},{"term":{"ContentType":"ForumPost"}}]}}}""";

        var ids = index.Find(json);

        Assert.Equal("gardens", ids[0]);
        Assert.Equal(3, ids.Count);
    }

    [Fact]
    public void Parse_PutsBoostedClauseFirst_WhenShouldClauseHasBoostTwo()
    {
        var json = """{"query":{"bool":{"should":[{"term":{"ContentType":{"value":"Article","boost":2}}},{"term":{"ContentType":"ForumPost"}}]}}}""";

        var ids = index.Find(json);

        Assert.Equal(["orchard", "orchestra"], ids.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal("gardens", ids[2]);
    }

    [Theory]
    [InlineData("""{"must":{"match":{"Content.ContentItem.FullText":"child"}},"must_not":{"term":{"ContentType":"FactSheet"}}}""", new[] { "gardens", "orchard" })]
    [InlineData("""{"filter":[{"term":{"ContentType":"FactSheet"}}]}""", new[] { "punjab", "sindh" })]
    [InlineData("""{"must_not":[{"term":{"ContentType":"Article"}}]}""", new[] { "gardens", "punjab", "sindh" })]
    [InlineData("""{"boost":2}""", new[] { "gardens", "orchard", "orchestra", "punjab", "sindh" })]
    [InlineData("""{"mustnot":{"term":{"ContentType":"Article"}},"filter":{"range":{"FactSheet.Year":{"gte":2020}}}}""", new[] { "punjab", "sindh" })]
    [InlineData("""{"should":[{"term":{"ContentType":"FactSheet"}},{"match":{"Content.ContentItem.FullText":"punjab"}},{"match":{"Content.ContentItem.FullText":"orchard"}}],"minimum_should_match":2}""", new[] { "punjab" })]
    [InlineData("""{"should":[{"term":{"ContentType":"FactSheet"}},{"match":{"Content.ContentItem.FullText":"orchard"}}],"minimum_should_match":"50%","boost":1.5}""", new[] { "gardens", "orchard", "punjab", "sindh" })]
    [InlineData("""{"must":{"bool":{"should":[{"term":{"ContentType":"Article"}},{"term":{"ContentType":"ForumPost"}}]}},"filter":{"wildcard":{"Content.ContentItem.FullText":"orch*"}}}""", new[] { "gardens", "orchard", "orchestra" })]
    public void Parse_CombinesClauses_AsElasticsearchBoolDoes(string body, string[] expected)
    {
        var ids = index.FindSet($$$"""{"query":{"bool":{{{body}}}}}""");

        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Parse_ScoresFilterAsZero_WhenBoolHasOnlyFilter()
    {
        var parsed = SampleIndex.Parse("""{"query":{"bool":{"filter":{"term":{"ContentType":"FactSheet"}}}}}""");

        var top = index.Searcher.Search(parsed.Query, 10);

        Assert.All(top.ScoreDocs, hit => Assert.Equal(0f, hit.Score));
    }
}
