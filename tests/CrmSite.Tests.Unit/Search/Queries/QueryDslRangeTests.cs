namespace CrmSite.Tests.Unit.Search.Queries;

public sealed class QueryDslRangeTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    [Theory]
    [InlineData("""{"FactSheet.Year":{"gte":2020,"lt":2022}}""", new[] { "orchestra", "punjab" })]
    [InlineData("""{"FactSheet.Year":{"gt":2020}}""", new[] { "orchestra", "sindh" })]
    [InlineData("""{"FactSheet.Year":{"lte":2019,"boost":2}}""", new[] { "gardens", "orchard" })]
    [InlineData("""{"FactSheet.Rate":{"gte":7.5,"lte":40.25}}""", new[] { "orchard", "orchestra", "punjab" })]
    [InlineData("""{"Content.ContentItem.PublishedUtc":{"gte":"2020-01-01T00:00:00Z","lt":"2022-01-01T00:00:00Z"}}""", new[] { "orchestra", "punjab" })]
    [InlineData("""{"Content.ContentItem.DisplayText":{"gte":"P","lt":"T"}}""", new[] { "punjab", "sindh" })]
    public void Parse_FindsValuesInRange_WhenBoundsMatchHowFieldIsIndexed(string range, string[] expected)
    {
        var ids = index.FindSet($$$"""{"query":{"range":{{{range}}}}}""");

        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Parse_FindsNothing_WhenIntegerBoundsMeetDoubleFieldWithoutKinds()
    {
        var json = """{"query":{"range":{"FactSheet.Rate":{"gte":7,"lte":41}}}}""";

        var ids = index.Find(json);

        Assert.Empty(ids);
    }

    [Theory]
    [InlineData("""{"FactSheet.Rate":{"gte":7,"lte":41}}""", new[] { "orchard", "orchestra", "punjab" })]
    [InlineData("""{"FactSheet.Year":{"gt":2019.5,"lte":2021.9}}""", new[] { "orchestra", "punjab" })]
    [InlineData("""{"FactSheet.Year":{"gte":"2021"}}""", new[] { "orchestra", "sindh" })]
    public void ParseWithKinds_FindsValuesInRange_WhenKindDecidesTheNumbers(string range, string[] expected)
    {
        var parsed = SampleIndex.ParseWithKinds($$$"""{"query":{"range":{{{range}}}}}""");

        var ids = index.Ids(parsed).Order(StringComparer.Ordinal);

        Assert.Equal(expected, ids);
    }

    [Fact]
    public void ParseWithKinds_FindsExactNumber_WhenTermNamesNumericFieldAsText()
    {
        var parsed = SampleIndex.ParseWithKinds("""{"query":{"term":{"FactSheet.Rate":"12.5"}}}""");

        var ids = index.Ids(parsed);

        Assert.Equal(["orchard"], ids);
    }
}
