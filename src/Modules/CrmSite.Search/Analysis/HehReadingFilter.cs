using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CrmSite.Search.Analysis;

// Text typed with Arabic letters has one heh where Urdu has two: کها may be کہا (said) or کھا (eat). A token that
// kept the ambiguous heh comes out as its gol-he reading with its do-chashmi reading stacked at the same position,
// so it matches Urdu text written either way. It runs last: stop words and synonym keys are matched on the
// ambiguous spelling before, and SynonymFilter would not match a phrase across stacked tokens.
internal sealed class HehReadingFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private State? reading;
    private string? doChashmiReading;

    public HehReadingFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (doChashmiReading is not null)
        {
            RestoreState(reading);
            term.SetEmpty().Append(doChashmiReading);
            position.PositionIncrement = 0;
            doChashmiReading = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (term.Buffer.AsSpan(0, term.Length).Contains(UrduLetters.AmbiguousHeh))
        {
            var text = term.ToString();
            term.SetEmpty().Append(text.Replace(UrduLetters.AmbiguousHeh, UrduLetters.GolHeh));
            reading = CaptureState();
            doChashmiReading = text.Replace(UrduLetters.AmbiguousHeh, UrduLetters.DoChashmiHeh);
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        reading = null;
        doChashmiReading = null;
    }
}
