using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace CrmSite.Search.Analysis;

/// <summary>Placeholder until the analyzers land: standardanalyzer only.</summary>
public static class AnalyzerCatalog
{
    public static IReadOnlyCollection<string> Names { get; } = ["standardanalyzer", "englishanalyzer", "urduanalyzer", "bilingualanalyzer"];

    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static Analyzer Create(string name, IReadOnlyList<IReadOnlyList<string>>? synonyms = null) =>
        new StandardAnalyzer(LuceneVersion.LUCENE_48);
}
