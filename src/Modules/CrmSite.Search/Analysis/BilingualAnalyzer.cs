using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;

namespace CrmSite.Search.Analysis;

// English and Urdu in one field (fact sheets exist in both). Arabic-script tokens get exactly the UrduAnalyzer
// treatment; Latin tokens get EnglishAnalyzer's: possessive removal, English stop words, Porter stemming.
public sealed class BilingualAnalyzer : Analyzer
{
    private static readonly CharArraySet StopSet = new CharArraySet(
        AnalyzerCatalog.Version,
        UrduStopWords.Set.Concat(EnglishAnalyzer.DefaultStopSet).ToList(),
        ignoreCase: false).AsReadOnly();

    private readonly SynonymMap? synonyms;

    // synonyms: groups of equivalent phrases, applied at index and query time (see README.md for the limits).
    public BilingualAnalyzer(IReadOnlyList<IReadOnlyList<string>>? synonyms = null)
    {
        this.synonyms = SynonymMaps.Build(
            synonyms, reader => Normalize(new StandardTokenizer(AnalyzerCatalog.Version, reader)));
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(AnalyzerCatalog.Version, reader);
        return SynonymMaps.Finish(source, Normalize(source), synonyms);
    }

    // The English filters after the keyword marker leave Arabic-script tokens alone; the stop words of one
    // language cannot match a token of the other's script.
    private static PorterStemFilter Normalize(Tokenizer source)
    {
        TokenStream stream = new UrduNormalizationFilter(source);
        stream = new LowerCaseFilter(AnalyzerCatalog.Version, stream);
        stream = new ArabicScriptKeywordFilter(stream);
        stream = new LatinPossessiveFilter(stream);
        stream = new StopFilter(AnalyzerCatalog.Version, stream, StopSet);
        return new PorterStemFilter(stream);
    }
}
