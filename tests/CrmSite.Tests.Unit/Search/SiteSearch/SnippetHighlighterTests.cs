using CrmSite.Search.Analysis;
using CrmSite.Search.SiteSearch;

namespace CrmSite.Tests.Unit.Search.SiteSearch;

public sealed class SnippetHighlighterTests
{
    private const string Field = "Content.ContentItem.FullText";

    [Fact]
    public void Snippet_MarksStemmedMatches_WhereTheyStandInTheText()
    {
        using var analyzer = AnalyzerCatalog.Create("bilingualanalyzer");

        var snippet = SnippetHighlighter.Snippet("Many child labourers work in brick kilns.", analyzer, Field, new HashSet<string> { "labour" });

        Assert.Equal("Many child <mark>labourers</mark> work in brick kilns.", snippet);
    }

    [Fact]
    public void Snippet_EncodesHtml_ButKeepsUrduAsWritten()
    {
        using var analyzer = AnalyzerCatalog.Create("bilingualanalyzer");

        var snippet = SnippetHighlighter.Snippet("<b>بچوں</b> & تعلیم", analyzer, Field, new HashSet<string> { "تعلیم" });

        Assert.Equal("&lt;b&gt;بچوں&lt;/b&gt; &amp; <mark>تعلیم</mark>", snippet);
    }

    [Fact]
    public void Snippet_CutsAWindowAroundTheMatches_WhenTheTextIsLong()
    {
        using var analyzer = AnalyzerCatalog.Create("standardanalyzer");
        var text = string.Join(' ', Enumerable.Repeat("filler", 200)) + " stunting rates " + string.Join(' ', Enumerable.Repeat("filler", 200));

        var snippet = SnippetHighlighter.Snippet(text, analyzer, Field, new HashSet<string> { "stunting" }, length: 100);

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>stunting</mark>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 140, snippet);
    }

    [Fact]
    public void Snippet_StartsTheText_WhenNothingMatches()
    {
        using var analyzer = AnalyzerCatalog.Create("standardanalyzer");

        var snippet = SnippetHighlighter.Snippet("Nothing to see here.", analyzer, Field, new HashSet<string> { "stunting" });

        Assert.Equal("Nothing to see here.", snippet);
    }
}
