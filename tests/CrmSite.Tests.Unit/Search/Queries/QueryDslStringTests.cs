using CrmSite.Search.Queries;

namespace CrmSite.Tests.Unit.Search.Queries;

public sealed class QueryDslStringTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    [Theory]
    [InlineData("""{"query":"orchard AND child","default_field":"Content.ContentItem.FullText"}""", new[] { "gardens", "orchard" })]
    [InlineData("""{"query":"Content.ContentItem.FullText:province AND sindh"}""", new[] { "sindh" })]
    [InlineData("""{"query":"child province sindh","default_operator":"and"}""", new[] { "sindh" })]
    [InlineData("""{"query":"orch* -gardens","boost":2}""", new[] { "orchard", "orchestra" })]
    [InlineData("""{"query":"\"fact sheet for punjab\" OR lahor~1"}""", new[] { "orchestra", "punjab" })]
    [InlineData("""{"query":"[pa TO pz]"}""", new[] { "orchestra", "punjab", "sindh" })]
    public void Parse_FindsDocuments_WhenQueryStringUsesLuceneSyntax(string body, string[] expected)
    {
        var ids = index.FindSet($$$"""{"query":{"query_string":{{{body}}}}}""");

        Assert.Equal(expected, ids);
    }

    [Fact]
    public void ParseWithKinds_SearchesNumbers_WhenQueryStringRangeNamesNumericField()
    {
        var parsed = SampleIndex.ParseWithKinds("""{"query":{"query_string":{"query":"FactSheet.Year:[2020 TO 2021] OR FactSheet.Rate:55"}}}""");

        var ids = index.Ids(parsed).Order(StringComparer.Ordinal);

        Assert.Equal(["gardens", "orchestra", "punjab"], ids);
    }

    [Fact]
    public void Parse_FindsLeadingWildcard_OnlyWhenLimitsAllowIt()
    {
        var json = """{"query":{"query_string":{"query":"*chestra"}}}""";

        var error = Assert.Throws<QueryDslException>(() => SampleIndex.Parse(json));
        var ids = index.Ids(SampleIndex.Parse(json, new QueryLimits(AllowLeadingWildcard: true)));

        Assert.Equal("query.query_string.query", error.Path);
        Assert.Equal(["orchestra"], ids);
    }

    [Theory]
    [InlineData("orchard AND (")]
    [InlineData("/orch.*/")]
    [InlineData("ContentType:[a TO")]
    [InlineData("\"unclosed")]
    [InlineData("orch*d????????????")]
    public void Parse_ReportsQueryText_WhenQueryStringCannotBeRun(string text)
    {
        var json = """{"query":{"bool":{"must":[{"match_all":{}},{"query_string":{"query":""" + System.Text.Json.JsonSerializer.Serialize(text) + "}}]}}}";

        var error = Assert.Throws<QueryDslException>(() => SampleIndex.Parse(json));

        Assert.Equal("query.bool.must[1].query_string.query", error.Path);
    }

    [Theory]
    [InlineData("""{"query":"orchard -gardens","default_operator":"and"}""", new[] { "orchard" })]
    [InlineData("""{"query":"orch*"}""", new[] { "gardens", "orchard", "orchestra" })]
    [InlineData("""{"query":"child province","default_operator":"AND"}""", new[] { "punjab", "sindh" })]
    [InlineData("""{"query":"\"Youth Orchestra\" | Punjab~1","fields":["Content.ContentItem.DisplayText^2","Content.ContentItem.FullText"]}""", new[] { "orchestra", "punjab" })]
    [InlineData("""{"query":"((( orchard","boost":2}""", new[] { "gardens", "orchard" })]
    [InlineData("""{"query":"the"}""", new string[0])]
    public void Parse_FindsDocuments_WhenSimpleQueryString(string body, string[] expected)
    {
        var ids = index.FindSet($$$"""{"query":{"simple_query_string":{{{body}}}}}""");

        Assert.Equal(expected, ids);
    }
}
