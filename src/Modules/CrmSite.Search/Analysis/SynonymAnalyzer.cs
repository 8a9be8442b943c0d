using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;

namespace CrmSite.Search.Analysis;

// A Lucene analyzer (standard, English) with a synonym filter at the end of its chain; the map is built with the
// analyzer itself, so synonym keys are normalised and stemmed as the text is.
internal sealed class SynonymAnalyzer : AnalyzerWrapper
{
    private readonly Analyzer inner;
    private readonly SynonymMap synonyms;

    public SynonymAnalyzer(Analyzer inner, SynonymMap synonyms)
        : base(inner.Strategy)
    {
        this.inner = inner;
        this.synonyms = synonyms;
    }

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        new(components.Tokenizer, new SynonymFilter(components.TokenStream, synonyms, ignoreCase: false));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
