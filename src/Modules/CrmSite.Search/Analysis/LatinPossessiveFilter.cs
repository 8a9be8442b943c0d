using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CrmSite.Search.Analysis;

// English possessive removal ("child's" → "child") as EnglishPossessiveFilter does it, but skipping keyword tokens:
// Lucene's filter has no keyword check, and an Urdu token must come out of the bilingual chain unchanged.
internal sealed class LatinPossessiveFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public LatinPossessiveFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var length = term.Length;
        if (!keyword.IsKeyword && length >= 2 && term.Buffer[length - 2] is '\'' or '\u2019' or '\uFF07'
            && term.Buffer[length - 1] is 's' or 'S')
        {
            term.Length = length - 2;
        }

        return true;
    }
}
