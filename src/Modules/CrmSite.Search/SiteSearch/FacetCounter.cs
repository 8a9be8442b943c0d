using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CrmSite.Search.SiteSearch;

/// <summary>
/// Counts facet values over every hit in the same pass that collects the top hits: per segment, one counter per
/// doc-values ordinal, turned into values only for the ordinals that were hit.
/// </summary>
public sealed class FacetCounter(ICollector? inner, IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly SortedSetDocValues?[] values = new SortedSetDocValues?[fields.Count];
    private readonly int[][] ordinals = new int[fields.Count][];

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => inner?.AcceptsDocsOutOfOrder ?? true;

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
        for (var i = 0; i < fields.Count; i++)
        {
            var docValues = context.AtomicReader.GetSortedSetDocValues(fields[i]);
            values[i] = docValues;
            ordinals[i] = docValues is null ? [] : new int[docValues.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        TotalHits++;
        inner?.Collect(doc);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } docValues)
            {
                continue;
            }
            docValues.SetDocument(doc);
            long ordinal;
            while ((ordinal = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals[i][ordinal]++;
            }
        }
    }

    // Moves the last segment's ordinal counts into value counts.
    private void Flush()
    {
        var bytes = new BytesRef();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } docValues)
            {
                continue;
            }
            var byValue = counts[fields[i]];
            var segment = ordinals[i];
            for (var ordinal = 0; ordinal < segment.Length; ordinal++)
            {
                if (segment[ordinal] > 0)
                {
                    docValues.LookupOrd(ordinal, bytes);
                    var value = bytes.Utf8ToString();
                    byValue[value] = byValue.GetValueOrDefault(value) + segment[ordinal];
                }
            }
            values[i] = null;
        }
    }
}
