using CrmSite.Search.Analysis;
using CrmSite.Search.SiteSearch;
using Lucene.Net.Search;

namespace CrmSite.Tests.Unit.Search.SiteSearch;

public sealed class SiteQueryTests
{
    [Fact]
    public void Parse_RequiresEveryWord_WhenGivenPlainWords()
    {
        using var analyzer = AnalyzerCatalog.Create("englishanalyzer");

        var query = SiteQuery.Parse("child labourers", analyzer);

        var clauses = Assert.IsType<BooleanQuery>(query.Text).Clauses;
        Assert.Equal(2, clauses.Count);
        Assert.All(clauses, c => Assert.Equal(Occur.MUST, c.Occur));
        Assert.Equal(new HashSet<string> { "child", "labour" }, query.Terms);
    }

    [Fact]
    public void Parse_GivesAPhrase_WhenWordsAreQuoted()
    {
        using var analyzer = AnalyzerCatalog.Create("standardanalyzer");

        var query = SiteQuery.Parse("\"birth registration\" punjab", analyzer);

        var clauses = Assert.IsType<BooleanQuery>(query.Text).Clauses;
        Assert.IsType<MultiPhraseQuery>(clauses[0].Query);
        Assert.Equal(2, clauses.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the and of")]
    [InlineData("\"\" ** (( ]]")]
    public void Parse_GivesNoQuery_WhenNothingSearchableIsTyped(string q)
    {
        using var analyzer = AnalyzerCatalog.Create("englishanalyzer");

        var query = SiteQuery.Parse(q, analyzer);

        Assert.Null(query.Text);
    }
}
