using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace CrmSite.Search.Analysis;

// Words as a visitor types them: Unicode tokens, Urdu/Arabic letter forms folded, lower-cased, nothing stemmed or
// dropped, so a typed prefix meets the whole word it starts ("labou" → "labourers", "تعل" → "تعلیم").
public sealed class WordsAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(AnalyzerCatalog.Version, reader);
        TokenStream stream = new UrduNormalizationFilter(source);
        stream = new LowerCaseFilter(AnalyzerCatalog.Version, stream);
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>The words of <paramref name="text"/> as this analyzer indexes them.</summary>
    public IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        using var stream = GetTokenStream("", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && words.Count < 64)
        {
            words.Add(term.ToString());
        }
        stream.End();
        return words;
    }
}
