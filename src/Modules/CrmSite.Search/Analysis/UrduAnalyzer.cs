using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;

namespace CrmSite.Search.Analysis;

// Urdu text: Unicode tokenizer, Urdu/Arabic letter folding (UrduText), lower-casing, Urdu stop words, optional
// synonyms, then the two readings of an Arabic-keyboard heh. No stemming: the Arabic stemmer damages Urdu words
// (مضمون → مضم) and Lucene has no Urdu one. Latin tokens are only lower-cased.
public sealed class UrduAnalyzer : Analyzer
{
    private readonly SynonymMap? synonyms;

    // synonyms: groups of equivalent phrases, applied at index and query time (see README.md for the limits).
    public UrduAnalyzer(IReadOnlyList<IReadOnlyList<string>>? synonyms = null)
    {
        this.synonyms = SynonymMaps.Build(
            synonyms, reader => Normalize(new StandardTokenizer(AnalyzerCatalog.Version, reader)));
    }

    // The stop list as the folding writes it.
    public static IReadOnlyList<string> StopWords => UrduStopWords.Words;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(AnalyzerCatalog.Version, reader);
        return SynonymMaps.Finish(source, Normalize(source), synonyms);
    }

    private static StopFilter Normalize(Tokenizer source)
    {
        TokenStream stream = new UrduNormalizationFilter(source);
        stream = new LowerCaseFilter(AnalyzerCatalog.Version, stream);
        return new StopFilter(AnalyzerCatalog.Version, stream, UrduStopWords.Set);
    }
}
