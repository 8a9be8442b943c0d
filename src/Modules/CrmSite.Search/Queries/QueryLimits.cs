namespace CrmSite.Search.Queries;

// MaxClauses counts boolean clauses over the whole query, not per BooleanQuery as Lucene's static MaxClauseCount
// does; MaxDepth counts nested queries and parentheses inside query strings together.
public sealed record QueryLimits(
    int MaxSize = 1000,
    int DefaultSize = 10,
    int MaxClauses = 1024,
    bool AllowLeadingWildcard = false,
    int MaxTermExpansions = 1000,
    int MaxDepth = 16)
{
    // A query the parser accepts can still be slow on a large index; past this the hits found so far are answered.
    public TimeSpan SearchTimeout { get; init; } = TimeSpan.FromSeconds(2);
}
