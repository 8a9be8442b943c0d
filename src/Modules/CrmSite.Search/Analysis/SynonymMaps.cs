using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CrmSite.Search.Analysis;

// Builds a SynonymMap from groups of equivalent phrases. Each phrase is run through the analyzer's own chain up to
// the synonym filter, so keys and outputs are folded, stop-worded and stemmed exactly as text will be; positions
// left by removed stop words are ignored, as SynonymFilter ignores them when it matches.
internal static class SynonymMaps
{
    /// <summary>The end of the Urdu-aware chains: synonyms (when given), then the two readings of an Arabic-keyboard heh.</summary>
    public static TokenStreamComponents Finish(Tokenizer source, TokenStream normalized, SynonymMap? synonyms)
    {
        var stream = synonyms is null ? normalized : new SynonymFilter(normalized, synonyms, ignoreCase: false);
        return new TokenStreamComponents(source, new HehReadingFilter(stream));
    }

    public static SynonymMap? Build(
        IReadOnlyList<IReadOnlyList<string>>? groups,
        Func<TextReader, TokenStream> analyze)
    {
        if (groups is null)
        {
            return null;
        }

        var builder = new SynonymMap.Builder(dedup: true);
        var added = false;
        foreach (var group in groups)
        {
            var phrases = group
                .Select(phrase => Analyze(analyze, phrase))
                .Where(phrase => phrase.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            foreach (var input in phrases)
            {
                foreach (var output in phrases.Where(output => output != input))
                {
                    foreach (var key in Keys(input))
                    {
                        builder.Add(new CharsRef(key), new CharsRef(output), includeOrig: true);
                        added = true;
                    }
                }
            }
        }

        return added ? builder.Build() : null;
    }

    // The key as written, and as it reads when the text was typed with Arabic letters (see UrduLetters).
    private static IEnumerable<string> Keys(string input) =>
        new[] { input, UrduLetters.ToArabicKeyboardForm(input) }.Distinct(StringComparer.Ordinal);

    private static string Analyze(Func<TextReader, TokenStream> analyze, string phrase)
    {
        var terms = new List<string>();
        using var stream = analyze(new StringReader(phrase));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return string.Join(SynonymMap.WORD_SEPARATOR, terms);
    }
}
