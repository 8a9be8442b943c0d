using CrmSite.Search.Analysis;

namespace CrmSite.Tests.Unit.Search.Analysis;

public sealed class UrduTextTests
{
    [Theory]
    [InlineData("كتاب", "کتاب")]
    [InlineData("تعليم", "تعلیم")]
    [InlineData("على", "علی")]
    [InlineData("مدرسة", "مدرسہ")]
    [InlineData("شهر", "شہر")]
    [InlineData("خانۂ", "خانہ")]
    [InlineData("زکوٰۃ", "زکوہ")]
    [InlineData("أمن", "امن")]
    [InlineData("إسلام", "اسلام")]
    [InlineData("ٱلله", "اللہ")]
    [InlineData("مؤثر", "موثر")]
    public void Fold_GivesUrduLetters_WhenTextUsesArabicForms(string arabic, string urdu)
    {
        var folded = UrduText.Fold(arabic);

        Assert.Equal(urdu, folded);
    }

    [Theory]
    [InlineData("لئے", "لیے")]
    [InlineData("چاہئے", "چاہیے")]
    [InlineData("مسئلہ", "مسیلہ")]
    [InlineData("گۓ", "گیے")]
    [InlineData("گئے", "گیے")]
    [InlineData("ی\u0654", "ی")]
    public void Fold_WritesHamzaSeatAsYeh_WhenSpellingsDiffer(string text, string expected)
    {
        var folded = UrduText.Fold(text);

        Assert.Equal(expected, folded);
    }

    [Theory]
    [InlineData("آب", "آب")]
    [InlineData("ا\u0653ب", "آب")]
    [InlineData("اب", "اب")]
    public void Fold_KeepsAlefMadda_WhenItIsAnUrduLetter(string text, string expected)
    {
        var folded = UrduText.Fold(text);

        Assert.Equal(expected, folded);
    }

    [Theory]
    [InlineData("مُضْمُون", "مضمون")]
    [InlineData("محمّد", "محمد")]
    [InlineData("فوراً", "فورا")]
    [InlineData("اعلیٰ", "اعلی")]
    [InlineData("پاکـــستان", "پاکستان")]
    [InlineData("ہم\u200Cوطن", "ہموطن")]
    public void Fold_RemovesDiacriticsAndTatweel_WhenPresent(string text, string expected)
    {
        var folded = UrduText.Fold(text);

        Assert.Equal(expected, folded);
    }

    [Theory]
    [InlineData("٢٠٢٤", "2024")]
    [InlineData("۲۰۲۵", "2025")]
    [InlineData("۱۲٫۵", "12.5")]
    public void Fold_GivesAsciiDigits_WhenDigitsAreEasternArabic(string text, string expected)
    {
        var folded = UrduText.Fold(text);

        Assert.Equal(expected, folded);
    }

    [Theory]
    [InlineData("بھی", "بھی")]
    [InlineData("ھے", "ہے")]
    [InlineData("شھر", "شہر")]
    [InlineData("بهت", "بہت")]
    public void Fold_KeepsDoChashmiOnlyAfterAspirableConsonants_WhenHeIsWritten(string text, string expected)
    {
        var folded = UrduText.Fold(text);

        Assert.Equal(expected, folded);
    }

    [Theory]
    [InlineData("Child Labour", "Child Labour")]
    [InlineData("ﻛﺘﺎﺏ", "کتاب")]
    [InlineData("ﷺ", "ﷺ")]
    public void Fold_NormalisesCompatibilityForms_WhenNoWordIsSplit(string text, string expected)
    {
        var folded = UrduText.Fold(text);

        Assert.Equal(expected, folded);
    }
}
