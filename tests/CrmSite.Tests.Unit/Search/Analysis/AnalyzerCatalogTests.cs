using CrmSite.Search.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace CrmSite.Tests.Unit.Search.Analysis;

public sealed class AnalyzerCatalogTests
{
    private static readonly string[][] ChildMarriage = [["child marriage", "کم عمری کی شادی"]];

    [Fact]
    public void Names_ListOrchardDefaultAndOwnAnalyzers_WhenRead()
    {
        var names = AnalyzerCatalog.Names;

        Assert.Equal(["standardanalyzer", "englishanalyzer", "urduanalyzer", "bilingualanalyzer"], names);
    }

    [Theory]
    [InlineData("standardanalyzer", typeof(StandardAnalyzer))]
    [InlineData("StandardAnalyzer", typeof(StandardAnalyzer))]
    [InlineData("EnglishAnalyzer", typeof(EnglishAnalyzer))]
    [InlineData("URDUANALYZER", typeof(UrduAnalyzer))]
    [InlineData("BilingualAnalyzer", typeof(BilingualAnalyzer))]
    public void Create_ReturnsTheNamedAnalyzer_WhenNameDiffersOnlyInCase(string name, Type expected)
    {
        using var analyzer = AnalyzerCatalog.Create(name);

        Assert.IsType(expected, analyzer);
        Assert.True(AnalyzerCatalog.IsKnown(name));
    }

    [Fact]
    public void Create_ThrowsNamingKnownAnalyzers_WhenNameIsUnknown()
    {
        var error = Assert.Throws<ArgumentException>(() => AnalyzerCatalog.Create("persiananalyzer"));

        Assert.False(AnalyzerCatalog.IsKnown("persiananalyzer"));
        Assert.Contains("persiananalyzer", error.Message, StringComparison.Ordinal);
        Assert.All(AnalyzerCatalog.Names, name => Assert.Contains(name, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Create_GivesEnglishAnalyzerTokens_WhenSynonymsDoNotApply()
    {
        using var lucene = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
        using var withSynonyms = AnalyzerCatalog.Create("englishanalyzer", ChildMarriage);
        const string Text = "The children's labourers were married";

        var tokens = AnalyzedTokens.Of(withSynonyms, Text);

        Assert.Equal(AnalyzedTokens.Of(lucene, Text), tokens);
        Assert.Equal(["children", "labour", "were", "marri"], tokens);
    }

    [Theory]
    [InlineData("englishanalyzer")]
    [InlineData("standardanalyzer")]
    [InlineData("urduanalyzer")]
    [InlineData("bilingualanalyzer")]
    public void Search_FindsEnglishText_WhenQueryIsUrduSynonym(string name)
    {
        using var analyzer = AnalyzerCatalog.Create(name, ChildMarriage);
        using var index = new TestIndex(
            analyzer, "Child marriage is still reported in Sindh", "Birth registration in Punjab");

        var found = index.Search("کم عمری کی شادی");

        Assert.Equal([0], found);
    }
}
