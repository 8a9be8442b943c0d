using System.Collections.Concurrent;
using CrmSite.Search.Indexes;
using CrmSite.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrmSite.Search.SiteSearch;

/// <summary>
/// The filter to the content types a caller may view, one per set of types, each caching its documents per segment
/// (callers with the same roles share one). No filter at all when the caller may view every type the index holds.
/// </summary>
public sealed class TypeFilters
{
    // Sets of visible types come from role combinations, so there are few; the cap only guards against surprises.
    private const int MaxFilters = 64;

    private readonly ConcurrentDictionary<string, Filter> filters = new(StringComparer.Ordinal);

    /// <summary>Null when <paramref name="visible"/> covers every type <paramref name="profile"/> indexes.</summary>
    public Filter? For(IndexProfile profile, IReadOnlyList<string> visible)
    {
        if (profile.IndexedContentTypes.Count > 0 && profile.IndexedContentTypes.All(visible.Contains))
        {
            return null;
        }
        var key = string.Join('\n', visible.Order(StringComparer.Ordinal));
        if (filters.TryGetValue(key, out var filter))
        {
            return filter;
        }
        if (filters.Count >= MaxFilters)
        {
            filters.Clear();
        }
        var types = new BooleanQuery(disableCoord: true);
        foreach (var type in visible)
        {
            types.Add(new TermQuery(new Term(SiteFields.Type, type)), Occur.SHOULD);
        }
        return filters.GetOrAdd(key, new CachingWrapperFilter(new QueryWrapperFilter(types)));
    }
}
