namespace CrmSite.Search.Analysis;

// Letter classes the Urdu folding needs; Unicode's own properties do not have them.
internal static class UrduLetters
{
    // The Arabic heh (U+0647) is left in a folded token where Urdu would have either ہ or ھ.
    public const char AmbiguousHeh = '\u0647';

    public const char GolHeh = '\u06C1';

    public const char DoChashmiHeh = '\u06BE';

    // Consonants that form aspirates with do-chashmi he (bh, ph, th, ṭh, jh, ch, dh, ḍh, rh, ṛh, kh, gh, lh, mh, nh).
    // After any other letter, or at the start of a word, a he can only be the plain gol he.
    private const string Aspirable = "بپتٹجچدڈرڑکگلمن";

    public static bool IsAspirable(char c) => Aspirable.Contains(c, StringComparison.Ordinal);

    // Harakat, Quranic annotation marks, tatweel, and the invisible joining and direction controls that copied text
    // carries inside words.
    public static bool IsIgnorable(char c) => c is
        (>= '\u0610' and <= '\u061A') or '\u061C' or '\u0640' or
        (>= '\u064B' and <= '\u065F') or '\u0670' or
        (>= '\u06D6' and <= '\u06DC') or (>= '\u06DF' and <= '\u06E4') or '\u06E7' or '\u06E8' or
        (>= '\u06EA' and <= '\u06ED') or
        (>= '\u200C' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF';

    public static bool IsArabicScriptLetter(char c) => char.IsLetter(c) && c is
        (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF') or
        (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFC');

    // Arabic and Persian keyboards have a single heh, so a folded Urdu term typed on them has the ambiguous heh
    // wherever a he follows an aspirable consonant; this gives that spelling, for stop words and synonym keys.
    public static string ToArabicKeyboardForm(string folded)
    {
        var letters = folded.ToCharArray();
        for (var i = 1; i < letters.Length; i++)
        {
            if (letters[i] is GolHeh or DoChashmiHeh && IsAspirable(letters[i - 1]))
            {
                letters[i] = AmbiguousHeh;
            }
        }

        return new string(letters);
    }
}
