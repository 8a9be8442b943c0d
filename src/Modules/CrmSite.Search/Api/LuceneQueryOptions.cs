using CrmSite.Search.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CrmSite.Search.Api;

/// <summary>
/// What Lucene queries run with, from the Lucene API or from saved queries: the limits, and the clock the search
/// time limit is measured on. Registered once; a host or a test may register its own first.
/// </summary>
public sealed class LuceneQueryOptions
{
    public QueryLimits Limits { get; init; } = new();

    // Reading Lucene's global counter starts its timer thread, once per process; it ticks in milliseconds.
    public Counter Clock { get; init; } = TimeLimitingCollector.GlobalCounter;
}
