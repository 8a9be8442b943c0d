using CrmSite.Search.Analysis;

namespace CrmSite.Tests.Unit.Search.Analysis;

public sealed class UrduAnalyzerTests
{
    [Theory]
    [InlineData("بچوں كے حقوق", "بچوں کے حقوق")]
    [InlineData("لڑكيوں كي تعليم", "لڑکیوں کی تعلیم")]
    [InlineData("شهر كا مدرسة", "شہر کا مدرسہ")]
    [InlineData("مُضْمُون پاکـــستان", "مضمون پاکستان")]
    public void Tokens_EqualUrduTextTokens_WhenTextUsesArabicFormsOrDiacritics(string arabic, string urdu)
    {
        using var analyzer = new UrduAnalyzer();

        var arabicTokens = AnalyzedTokens.Of(analyzer, arabic);
        var urduTokens = AnalyzedTokens.Of(analyzer, urdu);

        Assert.Equal(urduTokens, arabicTokens);
        Assert.NotEmpty(urduTokens);
    }

    [Fact]
    public void Tokens_AreFoldedWords_WhenQueryUsesArabicKaf()
    {
        using var analyzer = new UrduAnalyzer();

        var tokens = AnalyzedTokens.Of(analyzer, "بچوں كے حقوق");

        Assert.Equal(["بچوں", "حقوق"], tokens);
    }

    [Fact]
    public void Tokens_LeaveOutStopWords_WhenSentenceHasFunctionWords()
    {
        using var analyzer = new UrduAnalyzer();

        var tokens = AnalyzedTokens.Of(
            analyzer, "پاکستان میں بچوں کے حقوق اور تعلیم کا مسئلہ بھی ہے، یہ وہ ایک کام تھا جو ہوئی");

        Assert.Equal(["پاکستان", "بچوں", "حقوق", "تعلیم", "مسیلہ", "کام"], tokens);
    }

    [Fact]
    public void Tokens_LeaveOutStopWords_WhenTypedWithArabicLetters()
    {
        using var analyzer = new UrduAnalyzer();

        var tokens = AnalyzedTokens.Of(analyzer, "بهی تها كه يه وه ھے ہوئے لئے");

        Assert.Empty(tokens);
    }

    [Fact]
    public void StopWords_AreWrittenFolded_WhenListed()
    {
        using var analyzer = new UrduAnalyzer();

        Assert.All(UrduAnalyzer.StopWords, word => Assert.Equal(word, UrduText.Fold(word)));
        Assert.All(UrduAnalyzer.StopWords, word => Assert.Empty(AnalyzedTokens.Of(analyzer, word)));
    }

    [Fact]
    public void Tokens_HaveAsciiDigits_WhenTextUsesEasternArabicDigits()
    {
        using var analyzer = new UrduAnalyzer();

        var tokens = AnalyzedTokens.Of(analyzer, "سال ٢٠٢٤ اور ۲۰۲۵");

        Assert.Equal(["سال", "2024", "2025"], tokens);
    }

    [Fact]
    public void Tokens_AreLowerCasedNotStemmed_WhenLatin()
    {
        using var analyzer = new UrduAnalyzer();

        var tokens = AnalyzedTokens.Of(analyzer, "UNICEF Labourers رپورٹ");

        Assert.Equal(["unicef", "labourers", "رپورٹ"], tokens);
    }

    [Fact]
    public void Tokens_StayApart_WhenWordsDifferOnlyByAlefMadda()
    {
        using var analyzer = new UrduAnalyzer();

        var tokens = AnalyzedTokens.Of(analyzer, "آنا انا أنا");

        Assert.Equal(["آنا", "انا", "انا"], tokens);
    }

    [Fact]
    public void Tokens_StackBothHeReadings_WhenArabicHehFollowsAspirableConsonant()
    {
        using var analyzer = new UrduAnalyzer();

        var tokens = AnalyzedTokens.Of(analyzer, "كهانا شهر");
        var increments = AnalyzedTokens.PositionIncrements(analyzer, "كهانا شهر");

        Assert.Equal(["کہانا", "کھانا", "شہر"], tokens);
        Assert.Equal([1, 0, 1], increments);
    }

    [Fact]
    public void Search_FindsUrduText_WhenQueryIsTypedWithArabicLetters()
    {
        using var analyzer = new UrduAnalyzer();
        using var index = new TestIndex(analyzer, "بچوں کو کھانا دیا گیا", "کہانی کی کتاب", "شہر کا مدرسہ");

        var food = index.Search("كهانا");
        var story = index.Search("كهانى");
        var school = index.Search("مدرسة");

        Assert.Equal([0], food);
        Assert.Equal([1], story);
        Assert.Equal([2], school);
    }

    [Fact]
    public void Search_FindsEnglishText_WhenQueryIsUrduSynonym()
    {
        using var analyzer = new UrduAnalyzer([["child marriage", "کم عمری کی شادی"]]);
        using var index = new TestIndex(
            analyzer, "Child marriage is still reported in Sindh", "Birth registration in Punjab");

        var urdu = index.Search("کم عمری کی شادی");
        var arabicLetters = index.Search("كم عمري كي شادي");

        Assert.Equal([0], urdu);
        Assert.Equal([0], arabicLetters);
    }

    [Fact]
    public void Search_FindsUrduText_WhenQueryIsEnglishSynonym()
    {
        using var analyzer = new UrduAnalyzer([["child marriage", "کم عمری کی شادی"]]);
        using var index = new TestIndex(analyzer, "سندھ میں كم عمري كي شادي کے واقعات", "پنجاب میں پیدائش کا اندراج");

        var found = index.Search("child marriage");

        Assert.Equal([0], found);
    }
}
