using System.Text;

namespace CrmSite.Search.Analysis;

// The character folding of the Urdu analyzers as plain text, for highlighting and suggestions: Arabic letter
// forms become the Urdu ones, diacritics and tatweel go, Eastern Arabic digits become ASCII. It does not
// lower-case, split or remove stop words. The table and its reasons are in README.md beside this file.
public static class UrduText
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Fold(text, keepAmbiguousHeh: false);
    }

    // With keepAmbiguousHeh, an Arabic heh after an aspirable consonant stays U+0647 so that the analyzers can
    // offer both Urdu readings (ہ and ھ) later; otherwise it is read as gol he.
    internal static string Fold(string text, bool keepAmbiguousHeh)
    {
        if (IsAscii(text))
        {
            return text;
        }

        var normalized = Normalize(text);
        var folded = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            Append(folded, c, keepAmbiguousHeh);
        }

        return folded.ToString();
    }

    private static void Append(StringBuilder folded, char c, bool keepAmbiguousHeh)
    {
        if (UrduLetters.IsIgnorable(c))
        {
            return;
        }

        switch (c)
        {
            case >= '\u0660' and <= '\u0669':
                folded.Append((char)('0' + (c - '\u0660')));
                break;
            case >= '\u06F0' and <= '\u06F9':
                folded.Append((char)('0' + (c - '\u06F0')));
                break;
            case '\u066B':
                folded.Append('.');
                break;
            case '\u066C':
                folded.Append(',');
                break;
            case '\u0643':
                folded.Append('\u06A9');
                break;
            case '\u064A' or '\u0649' or '\u0626':
                folded.Append('\u06CC');
                break;
            case '\u06D3':
                folded.Append("\u06CC\u06D2");
                break;
            case '\u0624':
                folded.Append('\u0648');
                break;
            case '\u0623' or '\u0625' or '\u0671':
                folded.Append('\u0627');
                break;
            case '\u0629' or '\u06C3' or '\u06C0' or '\u06C2':
                folded.Append(UrduLetters.GolHeh);
                break;
            case UrduLetters.AmbiguousHeh or UrduLetters.DoChashmiHeh:
                folded.Append(Heh(c, folded.Length == 0 ? '\0' : folded[^1], keepAmbiguousHeh));
                break;
            default:
                folded.Append(c);
                break;
        }
    }

    private static char Heh(char c, char previous, bool keepAmbiguousHeh) =>
        !UrduLetters.IsAspirable(previous) ? UrduLetters.GolHeh
        : c == UrduLetters.DoChashmiHeh ? UrduLetters.DoChashmiHeh
        : keepAmbiguousHeh ? UrduLetters.AmbiguousHeh
        : UrduLetters.GolHeh;

    // NFKC turns presentation forms (old PDFs) into letters and composes alef + madda into آ; a ligature such as
    // ﷺ would expand into several words, so where NFKC adds spaces NFC is used instead.
    private static string Normalize(string text)
    {
        if (text.IsNormalized(NormalizationForm.FormKC))
        {
            return text;
        }

        var compatible = text.Normalize(NormalizationForm.FormKC);
        return CountSpaces(compatible) > CountSpaces(text) ? text.Normalize(NormalizationForm.FormC) : compatible;
    }

    private static int CountSpaces(string text) => text.Count(char.IsWhiteSpace);

    private static bool IsAscii(string text) => !text.Any(c => c > '\u007F');
}
