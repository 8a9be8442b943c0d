using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace CrmSite.Search.Analysis;

// Folds each token as UrduText does, keeping the ambiguous heh for HehReadingFilter; a token of nothing but
// diacritics or tatweel folds to nothing and is dropped.
internal sealed class UrduNormalizationFilter : FilteringTokenFilter
{
    private readonly ICharTermAttribute term;

    public UrduNormalizationFilter(TokenStream input)
        : base(AnalyzerCatalog.Version, input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool Accept()
    {
        // Most tokens of mixed text are Latin: nothing to fold, and no string to make.
        if (!term.Buffer.AsSpan(0, term.Length).ContainsAnyExceptInRange('\u0000', '\u007F'))
        {
            return term.Length > 0;
        }

        var folded = UrduText.Fold(term.ToString(), keepAmbiguousHeh: true);
        term.SetEmpty().Append(folded);
        return folded.Length > 0;
    }
}
