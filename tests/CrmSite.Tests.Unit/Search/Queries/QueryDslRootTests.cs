using CrmSite.Search.Queries;

namespace CrmSite.Tests.Unit.Search.Queries;

public sealed class QueryDslRootTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    [Fact]
    public void Parse_UsesDefaultsAndRelevance_WhenRootHasOnlyQuery()
    {
        var parsed = SampleIndex.Parse("""{"query":{"match_all":{}}}""", new QueryLimits(DefaultSize: 3));

        Assert.Equal(3, parsed.Size);
        Assert.Equal(0, parsed.From);
        Assert.Null(parsed.Sort);
    }

    [Fact]
    public void Parse_PagesThroughSortedResults_WhenSizeAndFromAreGiven()
    {
        var json = """{"size":2,"from":1,"sort":{"FactSheet.Year":{"order":"asc","type":"long"}}}""";

        var ids = index.Find(json);

        Assert.Equal(["orchard", "punjab"], ids);
    }

    [Theory]
    [InlineData("""{"FactSheet.Year":{"order":"desc","type":"long"}}""", new[] { "sindh", "orchestra", "punjab", "orchard", "gardens" })]
    [InlineData("""[{"FactSheet.Rate":{"order":"asc","type":"double"}}]""", new[] { "sindh", "punjab", "orchard", "orchestra", "gardens" })]
    [InlineData("\"Content.ContentItem.DisplayText\"", new[] { "gardens", "orchard", "punjab", "sindh", "orchestra" })]
    [InlineData("""[{"ContentType":"desc"},{"FactSheet.Year":{"type":"LONG"}}]""", new[] { "gardens", "punjab", "sindh", "orchard", "orchestra" })]
    [InlineData("""{"Content.ContentItem.PublishedUtc":{"order":"desc","type":"date"}}""", new[] { "sindh", "orchestra", "punjab", "orchard", "gardens" })]
    [InlineData("""["ContentType",{"Content.ContentItem.DisplayText":{"order":"desc"}}]""", new[] { "orchestra", "orchard", "sindh", "punjab", "gardens" })]
    public void Parse_OrdersByField_WhenSortHasOrchardShape(string sort, string[] expected)
    {
        var ids = index.Find($$$"""{"sort":{{{sort}}}}""");

        Assert.Equal(expected, ids);
    }

    [Fact]
    public void ParseWithKinds_SortsNumerically_WhenSortOmitsTypeOfNumericField()
    {
        var parsed = SampleIndex.ParseWithKinds("""{"sort":{"FactSheet.Rate":"desc"}}""");

        var ids = index.Ids(parsed);

        Assert.Equal(["gardens", "orchestra", "orchard", "punjab", "sindh"], ids);
    }

    [Fact]
    public void Parse_OrdersByRelevance_WhenSortIsScore()
    {
        var json = """{"query":{"match":{"Content.ContentItem.FullText":"orchard gardens"}},"sort":["_score"]}""";

        var ids = index.Find(json);

        Assert.Equal(["gardens", "orchard"], ids);
    }

    [Fact]
    public void Parse_ReportsMaximum_WhenSizeIsAboveMaxSize()
    {
        var error = Assert.Throws<QueryDslException>(() => SampleIndex.Parse("""{"size":1001}"""));

        Assert.Equal("size", error.Path);
        Assert.Equal("size must be at most 1000", error.Message);
    }

    [Fact]
    public void Parse_AcceptsJsonObject_WhenRootIsAlreadyParsed()
    {
        var root = new System.Text.Json.Nodes.JsonObject
        {
            ["query"] = new System.Text.Json.Nodes.JsonObject { ["term"] = new System.Text.Json.Nodes.JsonObject { ["FactSheet.Year"] = 2022 } },
            ["size"] = 1,
        };

        var ids = index.Ids(QueryDsl.Parse(root, SampleIndex.Analyzer, new QueryLimits()));

        Assert.Equal(["sindh"], ids);
    }
}
