using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrmSite.Search.SiteSearch;

/// <summary>
/// Counts facet values over every hit in the same pass that collects the top hits: a segment's hits are noted as
/// they come, then counted field by field in tight loops over <see cref="SegmentFacets"/> (one counter per
/// ordinal), and the ordinals hit are turned into values at the end of the segment.
/// </summary>
public sealed class FacetCounter(ICollector? inner, IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly SegmentFacets.Field?[] segment = new SegmentFacets.Field?[fields.Count];
    private readonly int[][] ordinals = new int[fields.Count][];
    private int[] docs = new int[1024];
    private int hitCount;

    public int TotalHits { get; private set; }

    // In order: an out-of-order collector makes BooleanQuery build a bulk scorer per segment that it then drops
    // when a clause is required (every search here has one), which costs more than it could save.
    public bool AcceptsDocsOutOfOrder => false;

    /// <summary>The counts of <paramref name="field"/> by value; complete once the search has returned.</summary>
    public IReadOnlyDictionary<string, int> Counts(string field)
    {
        Flush();
        return counts[field];
    }

    public void SetScorer(Scorer scorer) => inner?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        inner?.SetNextReader(context);
        var facets = SegmentFacets.For(context.AtomicReader);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = facets[fields[i]];
            segment[i] = field;
            ordinals[i] = new int[field.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        TotalHits++;
        inner?.Collect(doc);
        if (hitCount == docs.Length)
        {
            Array.Resize(ref docs, docs.Length * 2);
        }
        docs[hitCount++] = doc;
    }

    // Counts the last segment's hits and moves its ordinal counts into value counts.
    private void Flush()
    {
        for (var i = 0; i < segment.Length; i++)
        {
            if (segment[i] is not { } field)
            {
                continue;
            }
            field.Count(docs, hitCount, ordinals[i]);
            var byValue = counts[fields[i]];
            var hits = ordinals[i];
            for (var ordinal = 0; ordinal < hits.Length; ordinal++)
            {
                if (hits[ordinal] > 0)
                {
                    var value = field.Values[ordinal];
                    byValue[value] = byValue.GetValueOrDefault(value) + hits[ordinal];
                }
            }
            segment[i] = null;
        }
        hitCount = 0;
    }
}
