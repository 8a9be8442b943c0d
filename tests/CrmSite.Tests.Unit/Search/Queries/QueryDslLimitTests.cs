using System.Text;
using CrmSite.Search.Queries;

namespace CrmSite.Tests.Unit.Search.Queries;

public sealed class QueryDslLimitTests
{
    [Fact]
    public void Parse_RefusesNesting_WhenBoolsGoDeeperThanMaxDepth()
    {
        var json = new StringBuilder("""{"query":""");
        for (var i = 0; i < 17; i++)
        {
            json.Append("""{"bool":{"must":""");
        }

        json.Append("""{"match_all":{}}""").Append('}', 34).Append('}');

        var error = Assert.Throws<QueryDslException>(() => SampleIndex.Parse(json.ToString()));

        Assert.Equal("query" + string.Concat(Enumerable.Repeat(".bool.must", 16)), error.Path);
        Assert.Contains("deeper than 16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RefusesJson_WhenNestingIsHuge()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);

        var error = Assert.Throws<QueryDslException>(() => SampleIndex.Parse(json));

        Assert.NotEmpty(error.Path);
    }

    [Fact]
    public void Parse_RefusesParentheses_WhenQueryStringNestsDeeperThanMaxDepth()
    {
        var text = new string('(', 5000) + "orchard" + new string(')', 5000);

        var error = Assert.Throws<QueryDslException>(() => SampleIndex.Parse("{\"query\":{\"query_string\":{\"query\":\"" + text + "\"}}}"));
        var simple = Assert.Throws<QueryDslException>(() => SampleIndex.Parse("{\"query\":{\"simple_query_string\":{\"query\":\"" + text + "\"}}}"));

        Assert.Equal("query.query_string.query", error.Path);
        Assert.Equal("query.simple_query_string.query", simple.Path);
    }

    [Fact]
    public void Parse_RefusesClause_WhereBoolGoesBeyondMaxClauses()
    {
        var clauses = string.Join(",", Enumerable.Repeat("""{"term":{"F":"x"}}""", 12));

        var error = Assert.Throws<QueryDslException>(() => SampleIndex.Parse("""{"query":{"bool":{"should":[""" + clauses + "]}}}", new QueryLimits(MaxClauses: 10)));

        Assert.Equal("query.bool.should[10]", error.Path);
    }

    [Theory]
    [InlineData("""{"terms":{"F":[VALUES]}}""", "query.terms.F")]
    [InlineData("""{"match":{"F":"WORDS"}}""", "query.match.F")]
    [InlineData("""{"match_phrase":{"F":"WORDS"}}""", "query.match_phrase.F")]
    [InlineData("""{"query_string":{"query":"WORDS"}}""", "query.query_string.query")]
    [InlineData("""{"simple_query_string":{"query":"WORDS"}}""", "query.simple_query_string.query")]
    public void Parse_RefusesQuery_WhenItHasMoreTermsThanMaxClauses(string query, string path)
    {
        var words = Enumerable.Range(0, 2000).Select(i => $"w{i}").ToList();
        var json = query.Replace("VALUES", string.Join(",", words.Select(w => $"\"{w}\"")), StringComparison.Ordinal)
            .Replace("WORDS", string.Join(" ", words), StringComparison.Ordinal);

        var error = Assert.Throws<QueryDslException>(() => SampleIndex.Parse($$$"""{"query":{{{json}}}}"""));

        Assert.Equal(path, error.Path);
    }

    [Theory]
    [InlineData("*a????????????????????")]
    [InlineData("a*b?c?d*e?f?g?h")]
    public void Parse_RefusesWildcard_WhenPatternWouldExplodeAutomaton(string pattern)
    {
        var json = "{\"query\":{\"wildcard\":{\"F\":\"" + pattern + "\"}}}";

        var error = Assert.Throws<QueryDslException>(() => SampleIndex.Parse(json, new QueryLimits(AllowLeadingWildcard: true)));

        Assert.Equal("query.wildcard.F", error.Path);
        Assert.Contains("too costly", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("orch*")]
    [InlineData("a?????????????b*")]
    [InlineData(@"a*\?\?\?\?\?\?\?\?\?\?")]
    [InlineData("a*b?c?d?")]
    public void Parse_AcceptsWildcard_WhenPatternIsCheap(string pattern)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { query = new { wildcard = new { F = pattern } } });

        var parsed = SampleIndex.Parse(json);

        Assert.IsType<Lucene.Net.Search.WildcardQuery>(parsed.Query);
    }
}
