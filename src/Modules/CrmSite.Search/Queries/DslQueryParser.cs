using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CrmSite.Search.Queries;

// Lucene's classic parser with this request's limits: capped term expansions, checked wildcard patterns, no regular
// expressions (Lucene 4.8 determinises them without a cap), and numeric ranges on fields known to be numeric.
// The reader sets AllowLeadingWildcard and MultiTermRewriteMethod from the limits.
internal sealed class DslQueryParser(string defaultField, DslContext context, string path)
    : QueryParser(LuceneVersion.LUCENE_48, defaultField, context.Analyzer)
{

    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new QueryDslException(path, "regular expressions (/.../) are not supported in query strings; escape the slashes");

    protected override Query NewWildcardQuery(Term t)
    {
        WildcardPattern.Check(t.Text, path, context.Limits);
        return base.NewWildcardQuery(t);
    }

    protected override Query NewFuzzyQuery(Term term, float minimumSimilarity, int prefixLength)
    {
        var fuzzy = (FuzzyQuery)base.NewFuzzyQuery(term, minimumSimilarity, prefixLength);
        var maxExpansions = Math.Min(MatchQueryReader.DefaultMaxExpansions, context.Limits.MaxTermExpansions);
        return new FuzzyQuery(fuzzy.Term, fuzzy.MaxEdits, fuzzy.PrefixLength, maxExpansions, fuzzy.Transpositions);
    }

    protected override Query NewRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (context.NumericKindOf(field) is { } kind)
        {
            return NumericQueries.Range(field, kind, Bound(part1, field), startInclusive, Bound(part2, field), endInclusive, path);
        }

        // A range walks the terms between its bounds; cutting it at MaxTermExpansions would drop matches silently.
        var range = (TermRangeQuery)base.NewRangeQuery(field, part1, part2, startInclusive, endInclusive);
        range.MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT;
        return range;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (context.NumericKindOf(field) is { } kind)
        {
            return NumericQueries.Exact(field, kind, Bound(queryText, field) ?? throw Numeric(field), path);
        }

        return base.GetFieldQuery(field, queryText, quoted);
    }

    private JsonNumber? Bound(string? text, string field) =>
        text is null || text == "*" ? null
        : JsonNumber.TryParse(text, out var number) ? number
        : throw Numeric(field);

    private QueryDslException Numeric(string field) => new(path, $"'{field}' is a numeric field: give it numbers");
}
