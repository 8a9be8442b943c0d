using CrmSite.Content.Search;

namespace CrmSite.Search.SavedQueries;

/// <summary>
/// The saved queries last read from the store on this node, with their version stamp. The stamp is checked again
/// at most every <see cref="Lifetime"/> (a request in between reads nothing). A save on this node clears the cache
/// at once (a request racing the save's commit may keep the old queries one <see cref="Lifetime"/> more); other
/// nodes see a change within <see cref="Lifetime"/>. Entries are replaced whole.
/// </summary>
public sealed class SavedQueryCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    private volatile Entry? _entry;

    /// <summary>The entry, when its stamp was checked less than <see cref="Lifetime"/> ago.</summary>
    internal Entry? Fresh => _entry is { } entry && clock.GetUtcNow() < entry.CheckedUntil ? entry : null;

    /// <summary>The entry, however long ago its stamp was checked.</summary>
    internal Entry? Last => _entry;

    /// <summary>Keeps <paramref name="document"/> read at stamp <paramref name="version"/>, checked now.</summary>
    internal Entry Set(long version, SavedQueryDocument document, SavedQueryCatalog catalog)
    {
        var entry = new Entry(version, document, catalog, clock.GetUtcNow() + Lifetime);
        _entry = entry;
        return entry;
    }

    /// <summary>Forgets the queries, so the next request reads the stamp (the Queries step calls it after a save).</summary>
    public void Clear() => _entry = null;

    internal sealed record Entry(long Version, SavedQueryDocument Document, SavedQueryCatalog Catalog, DateTimeOffset CheckedUntil);
}
