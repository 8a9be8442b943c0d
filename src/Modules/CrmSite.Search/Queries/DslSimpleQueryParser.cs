using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// Lucene's simple parser, with prefix and fuzzy terms capped at MaxTermExpansions like the DSL's own.
internal sealed class DslSimpleQueryParser(Analyzer analyzer, IDictionary<string, float> weights, QueryLimits limits)
    : SimpleQueryParser(analyzer, weights)
{
    protected override Query NewPrefixQuery(string text) =>
        PerField(field => new PrefixQuery(new Term(field, text)) { MultiTermRewriteMethod = Rewrite() });

    protected override Query NewFuzzyQuery(string text, int fuzziness) =>
        PerField(field => new FuzzyQuery(
            new Term(field, text), Math.Clamp(fuzziness, 0, 2), 0, Math.Min(MatchQueryReader.DefaultMaxExpansions, limits.MaxTermExpansions), true));

    private MultiTermQuery.TopTermsScoringBooleanQueryRewrite Rewrite() => new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(limits.MaxTermExpansions);

    private Query PerField(Func<string, Query> create)
    {
        var query = new BooleanQuery(true);
        foreach (var (field, weight) in m_weights)
        {
            var fieldQuery = create(field);
            fieldQuery.Boost = weight;
            query.Add(fieldQuery, Occur.SHOULD);
        }

        return query.Clauses.Count == 1 ? query.Clauses[0].Query : query;
    }
}
