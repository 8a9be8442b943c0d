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

    [Fact]
    public void Fragments_AreWindowsThatDoNotOverlap_TheOneWithMostDistinctMatchesFirst()
    {
        using var analyzer = AnalyzerCatalog.Create("standardanalyzer");
        var filler = string.Join(' ', Enumerable.Repeat("filler", 60));
        var text = $"stunting alone {filler} stunting and wasting together {filler} wasting alone {filler}";
        var terms = new HashSet<string> { "stunting", "wasting" };

        var fragments = SnippetHighlighter.Fragments(text, analyzer, Field, terms, count: 3, length: 80);

        Assert.Equal(3, fragments.Count);
        Assert.Contains("<mark>stunting</mark> and <mark>wasting</mark> together", fragments[0], StringComparison.Ordinal);
        Assert.Contains("<mark>stunting</mark> alone", fragments[1], StringComparison.Ordinal);
        Assert.Contains("<mark>wasting</mark> alone", fragments[2], StringComparison.Ordinal);
        Assert.All(fragments, f => Assert.True(f.Length < 120, f));
        // Each match is marked in one fragment only: the windows do not overlap.
        Assert.Equal(4, fragments.Sum(f => CountOf(f, "<mark>")));
    }

    [Fact]
    public void Fragments_StopAtTheMatchesThereAre_AndGiveTheOpeningWhenNothingMatches()
    {
        using var analyzer = AnalyzerCatalog.Create("standardanalyzer");

        var one = SnippetHighlighter.Fragments("Stunting rates fell.", analyzer, Field, new HashSet<string> { "stunting" }, count: 3);
        var none = SnippetHighlighter.Fragments("Nothing to see here.", analyzer, Field, new HashSet<string> { "stunting" }, count: 3);
        var empty = SnippetHighlighter.Fragments("", analyzer, Field, new HashSet<string> { "stunting" }, count: 3);

        Assert.Equal(["<mark>Stunting</mark> rates fell."], one);
        Assert.Equal(["Nothing to see here."], none);
        Assert.Empty(empty);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
