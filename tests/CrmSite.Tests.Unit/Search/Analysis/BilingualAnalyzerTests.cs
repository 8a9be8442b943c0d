using CrmSite.Search.Analysis;

namespace CrmSite.Tests.Unit.Search.Analysis;

public sealed class BilingualAnalyzerTests
{
    private const string MixedText =
        "The child's rights: بچوں كے حقوق، مُضْمُون پاکستان's کهانا ۲۰۲۵ and Labourers laboured for labour";

    [Fact]
    public void Tokens_StemAlike_WhenEnglishWordsShareAStem()
    {
        using var analyzer = new BilingualAnalyzer();

        var tokens = AnalyzedTokens.Of(analyzer, "labourers labour laboured labouring");

        Assert.Equal(["labour", "labour", "labour", "labour"], tokens);
    }

    [Fact]
    public void Tokens_StayApart_WhenPorterDoesNotConflateTheForms()
    {
        using var analyzer = new BilingualAnalyzer();

        var tokens = AnalyzedTokens.Of(analyzer, "children child marriage married labor");

        Assert.Equal(["children", "child", "marriag", "marri", "labor"], tokens);
    }

    [Fact]
    public void Tokens_LeaveOutEnglishStopWordsAndPossessives_WhenLatin()
    {
        using var analyzer = new BilingualAnalyzer();

        var tokens = AnalyzedTokens.Of(analyzer, "The Child's Rights are not for sale");

        Assert.Equal(["child", "right", "sale"], tokens);
    }

    [Fact]
    public void Tokens_EqualUrduAnalyzerTokens_WhenTokenIsInArabicScript()
    {
        using var bilingual = new BilingualAnalyzer();
        using var urdu = new UrduAnalyzer();

        var bilingualTokens = AnalyzedTokens.Of(bilingual, MixedText);
        var urduTokens = AnalyzedTokens.Of(urdu, MixedText);

        Assert.Equal(
            ["child", "right", "بچوں", "حقوق", "مضمون", "پاکستان's", "کہانا", "کھانا", "2025",
                "labour", "labour", "labour"],
            bilingualTokens);
        Assert.Equal(urduTokens.Where(IsArabicScript), bilingualTokens.Where(IsArabicScript));
    }

    private static bool IsArabicScript(string token) => token.Any(c => c is >= '\u0600' and <= '\u06FF');

    [Fact]
    public void Search_FindsEnglishText_WhenQueryIsUrduSynonym()
    {
        using var analyzer = new BilingualAnalyzer([["child labour", "چائلڈ لیبر", "بچوں سے جبری مشقت"]]);
        using var index = new TestIndex(
            analyzer, "Child labourers in the brick kilns of Punjab", "Schools reopened in Sindh");

        var forcedLabour = index.Search("بچوں سے جبری مشقت");
        var transliterated = index.Search("چائلڈ ليبر");

        Assert.Equal([0], forcedLabour);
        Assert.Equal([0], transliterated);
    }

    [Fact]
    public void Search_FindsUrduText_WhenQueryIsEnglishSynonym()
    {
        using var analyzer = new BilingualAnalyzer([["child labour", "چائلڈ لیبر", "بچوں سے جبری مشقت"]]);
        using var index = new TestIndex(analyzer, "بھٹوں پر بچوں سے جبري مشقت", "اسکول دوبارہ کھل گئے");

        var found = index.Search("child labourers");

        Assert.Equal([0], found);
    }
}
