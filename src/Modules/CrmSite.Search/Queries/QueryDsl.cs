using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

/// <summary>Placeholder until the DSL parser lands: match_all only.</summary>
public static class QueryDsl
{
    public static ParsedQuery Parse(string json, Analyzer analyzer, QueryLimits limits) =>
        new(new MatchAllDocsQuery(), limits.DefaultSize, 0, null);
}
