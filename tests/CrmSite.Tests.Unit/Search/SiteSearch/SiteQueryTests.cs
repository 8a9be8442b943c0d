using CrmSite.Search.Analysis;
using CrmSite.Search.SiteSearch;
using Lucene.Net.Search;

namespace CrmSite.Tests.Unit.Search.SiteSearch;

public sealed class SiteQueryTests
{
    [Fact]
    public void Parse_RequiresEveryWordInTheText_AndScoresTitleMatchesHigher_WhenGivenPlainWords()
    {
        using var analyzer = AnalyzerCatalog.Create("englishanalyzer");

        var query = SiteQuery.Parse("child labourers", analyzer);

        var clauses = Assert.IsType<BooleanQuery>(query.Text).Clauses;
        var required = clauses.Where(c => c.Occur == Occur.MUST).Select(c => c.Query.ToString()).ToList();
        var optional = clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => c.Query).ToList();
        Assert.Equal(["Content.ContentItem.FullText:child", "Content.ContentItem.FullText:labour"], required);
        Assert.Equal(["Content.ContentItem.DisplayText.Analyzed:child", "Content.ContentItem.DisplayText.Analyzed:labour"],
            optional.Select(q => q.ToString()!.Split('^')[0].Trim('(', ')')));
        Assert.All(optional, q => Assert.Equal(3f, q.Boost));
        Assert.Equal(4, clauses.Count);
        Assert.Equal(new HashSet<string> { "child", "labour" }, query.Terms);
    }

    [Fact]
    public void Parse_GivesAPhrase_WhenWordsAreQuoted()
    {
        using var analyzer = AnalyzerCatalog.Create("standardanalyzer");

        var query = SiteQuery.Parse("\"birth registration\" punjab", analyzer);

        var clauses = Assert.IsType<BooleanQuery>(query.Text).Clauses;
        Assert.IsType<MultiPhraseQuery>(clauses[0].Query);
        Assert.Equal(2, clauses.Count(c => c.Occur == Occur.MUST));
        Assert.Equal("Content.ContentItem.DisplayText.Analyzed:punjab", Assert.Single(clauses, c => c.Occur == Occur.SHOULD).Query.ToString()!.Split('^')[0].Trim('(', ')'));
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

    [Fact]
    public void ParseAndHighlight_NeverThrow_WhateverIsTyped()
    {
        using var analyzer = AnalyzerCatalog.Create("bilingualanalyzer", [["child marriage", "کم عمری کی شادی"]]);
        const string alphabet = "ab \"*?~^:()[]{}!+-&|/\\\0\u200c\u064bکیہيكة۔،labourچ1٢\ud83d\ude00<>";
        var random = new Random(4);
        var failures = new List<string>();

        for (var i = 0; i < 3000; i++)
        {
            var typed = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            try
            {
                var query = SiteQuery.Parse(typed, analyzer);
                SnippetHighlighter.Snippet(typed, analyzer, "Content.ContentItem.FullText", query.Terms, length: random.Next(1, 50));
                SnippetHighlighter.MarkAll(typed, analyzer, "Content.ContentItem.FullText", query.Terms);
                SiteSuggester.Read(typed);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                failures.Add($"{typed}: {e.GetType().Name} {e.Message}");
            }
        }

        Assert.Empty(failures);
    }
}
