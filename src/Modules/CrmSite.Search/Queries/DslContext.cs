using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// What one parse shares: the analyzer, the limits, numeric field kinds and the clause budget of the whole query.
internal sealed class DslContext(Analyzer analyzer, QueryLimits limits, IReadOnlyDictionary<string, NumericKind> numericFields)
{
    // Orchard's full-text field; query strings without a field search it.
    public const string DefaultTextField = "Content.ContentItem.FullText";

    private int _clauses;

    public Analyzer Analyzer { get; } = analyzer;

    public QueryLimits Limits { get; } = limits;

    public NumericKind? NumericKindOf(string field) => numericFields.TryGetValue(field, out var kind) ? kind : null;

    // Counted by hand: BooleanQuery.MaxClauseCount is a process-wide static that other code relies on.
    public void TakeClauses(int count, string path)
    {
        _clauses += count;
        if (_clauses > Limits.MaxClauses)
        {
            throw new QueryDslException(path, $"the query has more than {Limits.MaxClauses} clauses");
        }
    }

    // Expands to at most MaxTermExpansions terms (the top ones by score, ties in term order) instead of failing at
    // search time with TooManyClauses or walking an unbounded number of terms into clauses.
    public MultiTermQuery.RewriteMethod ExpansionRewrite() =>
        new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(Limits.MaxTermExpansions);
}
