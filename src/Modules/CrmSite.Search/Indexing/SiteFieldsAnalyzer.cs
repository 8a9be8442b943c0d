using CrmSite.Search.Analysis;
using Lucene.Net.Analysis;

namespace CrmSite.Search.Indexing;

/// <summary>An index's analyzer, with <see cref="SiteFields.Words"/> analysed as typed words (no stemming, no stop words).</summary>
public sealed class SiteFieldsAnalyzer(Analyzer text) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    private readonly WordsAnalyzer words = new();

    public Analyzer Text => text;

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => fieldName == SiteFields.Words ? words : text;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            text.Dispose();
            words.Dispose();
        }
        base.Dispose(disposing);
    }
}
