using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace CrmSite.Search.Analysis;

// The analyzers an index profile can name (Orchard's AnalyzerName), compared ignoring case.
public static class AnalyzerCatalog
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private const string Standard = "standardanalyzer";
    private const string English = "englishanalyzer";
    private const string Urdu = "urduanalyzer";
    private const string Bilingual = "bilingualanalyzer";

    public static IReadOnlyCollection<string> Names { get; } = Array.AsReadOnly([Standard, English, Urdu, Bilingual]);

    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    // synonyms: groups of equivalent phrases, applied at index and query time by every analyzer here.
    public static Analyzer Create(string name, IReadOnlyList<IReadOnlyList<string>>? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Is(name, Urdu))
        {
            return new UrduAnalyzer(synonyms);
        }

        if (Is(name, Bilingual))
        {
            return new BilingualAnalyzer(synonyms);
        }

        if (Is(name, Standard))
        {
            return WithSynonyms(new StandardAnalyzer(Version), synonyms);
        }

        if (Is(name, English))
        {
            return WithSynonyms(new EnglishAnalyzer(Version), synonyms);
        }

        throw new ArgumentException(
            $"Unknown analyzer '{name}'. Known analyzers: {string.Join(", ", Names)}.", nameof(name));
    }

    private static bool Is(string name, string known) => string.Equals(name, known, StringComparison.OrdinalIgnoreCase);

    private static Analyzer WithSynonyms(Analyzer analyzer, IReadOnlyList<IReadOnlyList<string>>? synonyms)
    {
        var map = SynonymMaps.Build(synonyms, reader => analyzer.GetTokenStream(string.Empty, reader));
        return map is null ? analyzer : new SynonymAnalyzer(analyzer, map);
    }
}
