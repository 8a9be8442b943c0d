using Lucene.Net.Analysis.Util;

namespace CrmSite.Search.Analysis;

// Common Urdu function words, written as the folding leaves them (ئ is ی, so ہوئی is ہویی and لئے is لیے).
internal static class UrduStopWords
{
    public static IReadOnlyList<string> Words { get; } =
    [
        // postpositions and particles
        "کا", "کی", "کے", "کو", "سے", "میں", "نے", "پر", "تک", "لیے", "بارے", "ساتھ", "والا", "والی", "والے",
        "بھی", "ہی", "تو", "نہ", "نہیں",
        // conjunctions
        "اور", "یا", "کہ", "لیکن", "مگر", "اگر", "جب", "تب", "پھر", "بلکہ", "کیونکہ", "چونکہ", "تاکہ", "جبکہ",
        // pronouns and determiners
        "یہ", "وہ", "یہی", "وہی", "اس", "اسی", "اسے", "ان", "انہی", "انہوں", "انہیں", "جو", "جس", "جسے", "جن",
        "جنہوں", "جنہیں", "کویی", "کسی", "کچھ", "کون", "کیا", "ہم", "آپ", "اپنا", "اپنی", "اپنے", "ایک",
        "ایسا", "ایسی", "ایسے", "جیسا", "جیسی", "جیسے", "یہاں", "وہاں", "اب", "بہت",
        // auxiliaries and light verbs
        "ہے", "ہیں", "تھا", "تھی", "تھے", "تھیں", "ہو", "ہوا", "ہویی", "ہویے", "ہوں", "ہوتا", "ہوتی", "ہوتے",
        "ہونے", "گا", "گی", "گے", "رہا", "رہی", "رہے", "کر", "کیے",
    ];

    // Each word also in its Arabic-keyboard spelling, so that تها and بهی go the way تھا and بھی go.
    public static CharArraySet Set { get; } = new CharArraySet(
        AnalyzerCatalog.Version,
        Words.Concat(Words.Select(UrduLetters.ToArabicKeyboardForm)).Distinct(StringComparer.Ordinal).ToList(),
        ignoreCase: false).AsReadOnly();
}
