using CrmSite.Search.Queries;

namespace CrmSite.Tests.Unit.Search.Queries;

public sealed class QueryDslErrorTests
{
    [Theory]
    [InlineData("not json", "$")]
    [InlineData("[1,2]", "$")]
    [InlineData("  ", "$")]
    [InlineData("""{"quer":{}}""", "quer")]
    [InlineData("""{"size":1,"size":2}""", "$")]
    [InlineData("""{"query":"orchard"}""", "query")]
    [InlineData("""{"query":{}}""", "query")]
    [InlineData("""{"query":{"match":{"F":"a"},"term":{"F":"b"}}}""", "query")]
    [InlineData("""{"query":{"nope":{}}}""", "query.nope")]
    [InlineData("""{"query":{"bool":{"should":[{"match_all":{}},{"match":"orchard"}]}}}""", "query.bool.should[1].match")]
    [InlineData("""{"query":{"bool":{"must":5}}}""", "query.bool.must")]
    [InlineData("""{"query":{"bool":{"shuold":[]}}}""", "query.bool.shuold")]
    [InlineData("""{"query":{"bool":{"should":[],"minimum_should_match":"150%"}}}""", "query.bool.minimum_should_match")]
    [InlineData("""{"query":{"match":{"":"x"}}}""", "query.match['']")]
    [InlineData("""{"query":{"match":{"F":"a","G":"b"}}}""", "query.match")]
    [InlineData("""{"query":{"match":{"F":{"query":"x","operator":"xor"}}}}""", "query.match.F.operator")]
    [InlineData("""{"query":{"match":{"Content.ContentItem.FullText":{"query":"x","fuzziness":3}}}}""", "query.match['Content.ContentItem.FullText'].fuzziness")]
    [InlineData("""{"query":{"match":{"F":{"operator":"and"}}}}""", "query.match.F.query")]
    [InlineData("""{"query":{"match_phrase":{"F":{"query":"a b","slop":-1}}}}""", "query.match_phrase.F.slop")]
    [InlineData("""{"query":{"match_all":{"boost":-1}}}""", "query.match_all.boost")]
    [InlineData("""{"query":{"term":{"F":{"value":[1]}}}}""", "query.term.F.value")]
    [InlineData("""{"query":{"terms":{"F":"a"}}}""", "query.terms.F")]
    [InlineData("""{"query":{"prefix":{"F":5}}}""", "query.prefix.F")]
    [InlineData("""{"query":{"wildcard":{"F":"*chard"}}}""", "query.wildcard.F")]
    [InlineData("""{"query":{"fuzzy":{"F":{"value":"x","max_expansions":5000}}}}""", "query.fuzzy.F.max_expansions")]
    [InlineData("""{"query":{"fuzzy":{"F":{"value":"x","fuzziness":"lots"}}}}""", "query.fuzzy.F.fuzziness")]
    [InlineData("""{"query":{"range":{"F":{"gte":1,"lt":"b"}}}}""", "query.range.F")]
    [InlineData("""{"query":{"range":{"F":{}}}}""", "query.range.F")]
    [InlineData("""{"query":{"range":{"F":{"gt":1,"gte":2}}}}""", "query.range.F")]
    [InlineData("""{"query":{"range":{"F":{"gt":null}}}}""", "query.range.F.gt")]
    [InlineData("""{"query":{"range":{"F":{"gt":1e300,"format":"x"}}}}""", "query.range.F.format")]
    [InlineData("""{"query":{"query_string":{"default_field":"F"}}}""", "query.query_string.query")]
    [InlineData("""{"query":{"query_string":{"query":"a","default_field":""}}}""", "query.query_string.default_field")]
    [InlineData("""{"query":{"simple_query_string":{"query":"a","fields":["^2"]}}}""", "query.simple_query_string.fields[0]")]
    [InlineData("""{"query":{"simple_query_string":{"query":"a","default_operator":"not"}}}""", "query.simple_query_string.default_operator")]
    [InlineData("""{"size":-1}""", "size")]
    [InlineData("""{"size":1.5}""", "size")]
    [InlineData("""{"size":"ten"}""", "size")]
    [InlineData("""{"from":-3}""", "from")]
    [InlineData("""{"from":9995,"size":10}""", "from")]
    [InlineData("""{"sort":{"F":{"order":"up"}}}""", "sort.F.order")]
    [InlineData("""{"sort":[{"F":"asc"},7]}""", "sort[1]")]
    [InlineData("""{"sort":{"F":{"type":"geo"}}}""", "sort.F.type")]
    [InlineData("""{"sort":{"":"asc"}}""", "sort['']")]
    public void Parse_ThrowsWithPath_WhenInputIsMalformed(string json, string path)
    {
        var error = Assert.Throws<QueryDslException>(() => SampleIndex.Parse(json));

        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Parse_NamesTypeAndListsKnownOnes_WhenQueryTypeIsUnknown()
    {
        var error = Assert.Throws<QueryDslException>(() => SampleIndex.Parse("""{"query":{"regexp":{"F":"a.*"}}}"""));

        Assert.Contains("'regexp'", error.Message, StringComparison.Ordinal);
        Assert.Contains("match_phrase", error.Message, StringComparison.Ordinal);
        Assert.Contains("simple_query_string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseWithKinds_ReportsBound_WhenNumericFieldGetsText()
    {
        var error = Assert.Throws<QueryDslException>(() => SampleIndex.ParseWithKinds("""{"query":{"range":{"FactSheet.Year":{"gte":"twenty"}}}}"""));

        Assert.Equal("query.range['FactSheet.Year'].gte", error.Path);
    }

    [Fact]
    public void ParseWithKinds_ReportsSortType_WhenItDiffersFromHowFieldIsIndexed()
    {
        var error = Assert.Throws<QueryDslException>(() => SampleIndex.ParseWithKinds("""{"sort":{"FactSheet.Year":{"type":"int"}}}"""));

        Assert.Equal("sort['FactSheet.Year'].type", error.Path);
    }

    [Fact]
    public void Parse_ThrowsArgumentException_WhenLimitsAreMisconfigured()
    {
        var limits = new QueryLimits(MaxSize: 5, DefaultSize: 10);

        Assert.Throws<ArgumentOutOfRangeException>(() => SampleIndex.Parse("{}", limits));
    }

    [Fact]
    public void Parse_Throws_WhenJsonIsNull()
    {
        var error = Assert.Throws<QueryDslException>(() => QueryDsl.Parse((string)null!, SampleIndex.Analyzer, new QueryLimits()));

        Assert.Equal("$", error.Path);
    }
}
