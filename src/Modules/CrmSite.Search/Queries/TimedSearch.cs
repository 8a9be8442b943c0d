using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CrmSite.Search.Queries;

// Searches with a time limit the Elasticsearch way: when time runs out the hits collected so far are the answer,
// marked as timed out, rather than an error. The clock is Lucene's (TimeLimitingCollector.GlobalCounter ticks in
// milliseconds), passed in so that a test can give one that runs out at a known hit.
public static class TimedSearch
{
    public static TimedTopDocs Run(IndexSearcher searcher, ParsedQuery parsed, Counter clock, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);

        // Lucene wants room for at least one hit (size 0 asks for the count only), and more than the index holds
        // would only allocate.
        var wanted = Math.Clamp(parsed.From + parsed.Size, 1, Math.Max(searcher.IndexReader.MaxDoc, 1));
        ITopDocsCollector collector = parsed.Sort is null
            ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: false)
            : TopFieldCollector.Create(parsed.Sort, wanted, fillFields: true, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
        var limited = new TimeLimitingCollector(collector, clock, (long)Math.Ceiling(timeout.TotalMilliseconds));
        try
        {
            searcher.Search(parsed.Query, limited);
            return new TimedTopDocs(collector.GetTopDocs(), TimedOut: false);
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            return new TimedTopDocs(collector.GetTopDocs(), TimedOut: true);
        }
    }
}
