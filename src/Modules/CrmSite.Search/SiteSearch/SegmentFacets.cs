using System.Runtime.CompilerServices;
using CrmSite.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CrmSite.Search.SiteSearch;

/// <summary>
/// The facet values of one index segment, held in memory: for each <see cref="SiteFields.Facets"/> field, the
/// ordinals of every document and the value of each ordinal. Segments never change once written, so they are
/// read once, on a segment's first search, and dropped with it; counting a hit is then a few array reads instead
/// of decoding doc values from the file (the facet and codec packages that would do this are not served).
/// </summary>
public sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    private readonly Dictionary<string, Field> fields;

    private SegmentFacets(Dictionary<string, Field> fields) => this.fields = fields;

    /// <summary>The facets of <paramref name="reader"/>'s segment, read on first use.</summary>
    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Read(reader));

    /// <summary>The values of <paramref name="name"/> in this segment; empty when no document has one.</summary>
    public Field this[string name] => fields.GetValueOrDefault(name) ?? Field.Empty;

    private static SegmentFacets Read(AtomicReader reader)
    {
        var fields = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (var name in SiteFields.Facets)
        {
            if (reader.GetSortedSetDocValues(name) is { } docValues)
            {
                fields[name] = Field.Read(docValues, reader.MaxDoc);
            }
        }
        return new SegmentFacets(fields);
    }

    /// <summary>
    /// One field: document <c>d</c> holds ordinals <c>Ordinals[Starts[d]..Starts[d + 1]]</c>; when no document holds
    /// more than one value (type, culture, usually year), just <c>OnlyOrdinal[d]</c> (-1 for none), one read per hit.
    /// </summary>
    public sealed class Field(string[] values, int[] starts, int[] ordinals, int[]? onlyOrdinal)
    {
        public static readonly Field Empty = new([], [], [], []);

        /// <summary>Each ordinal's value.</summary>
        public IReadOnlyList<string> Values => values;

        public int ValueCount => values.Length;

        /// <summary>Adds one to <paramref name="counts"/> at each ordinal the first <paramref name="count"/> of <paramref name="docs"/> hold.</summary>
        public void Count(int[] docs, int count, int[] counts)
        {
            if (onlyOrdinal is not null)
            {
                for (var i = 0; i < count; i++)
                {
                    var doc = docs[i];
                    if ((uint)doc < (uint)onlyOrdinal.Length && onlyOrdinal[doc] is var ordinal and >= 0)
                    {
                        counts[ordinal]++;
                    }
                }
                return;
            }
            for (var i = 0; i < count; i++)
            {
                var doc = docs[i];
                if (doc + 1 < starts.Length)
                {
                    for (var k = starts[doc]; k < starts[doc + 1]; k++)
                    {
                        counts[ordinals[k]]++;
                    }
                }
            }
        }

        internal static Field Read(SortedSetDocValues docValues, int maxDoc)
        {
            var values = new string[docValues.ValueCount];
            var bytes = new BytesRef();
            for (var ordinal = 0; ordinal < values.Length; ordinal++)
            {
                docValues.LookupOrd(ordinal, bytes);
                values[ordinal] = bytes.Utf8ToString();
            }
            var starts = new int[maxDoc + 1];
            var ordinals = new List<int>(maxDoc);
            var multiValued = false;
            for (var doc = 0; doc < maxDoc; doc++)
            {
                starts[doc] = ordinals.Count;
                docValues.SetDocument(doc);
                long ordinal;
                while ((ordinal = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ordinals.Add((int)ordinal);
                }
                multiValued |= ordinals.Count - starts[doc] > 1;
            }
            starts[maxDoc] = ordinals.Count;
            if (multiValued)
            {
                return new Field(values, starts, [.. ordinals], onlyOrdinal: null);
            }
            var onlyOrdinal = new int[maxDoc];
            for (var doc = 0; doc < maxDoc; doc++)
            {
                onlyOrdinal[doc] = starts[doc + 1] > starts[doc] ? ordinals[starts[doc]] : -1;
            }
            return new Field(values, [], [], onlyOrdinal);
        }
    }
}
