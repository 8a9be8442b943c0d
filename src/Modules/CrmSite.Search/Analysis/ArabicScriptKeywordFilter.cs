using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace CrmSite.Search.Analysis;

// Marks tokens written in Arabic script as keywords so that the English filters after it leave them alone.
internal sealed class ArabicScriptKeywordFilter : KeywordMarkerFilter
{
    private readonly ICharTermAttribute term;

    public ArabicScriptKeywordFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool IsKeyword()
    {
        foreach (var c in term.Buffer.AsSpan(0, term.Length))
        {
            if (UrduLetters.IsArabicScriptLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
