using CrmSite.Content.Search;

namespace CrmSite.Search.SavedQueries;

/// <summary>
/// The saved queries last read from the store on this node, with their version stamp: a request that finds the
/// stamp unchanged reads nothing more. Replaced whole, never changed in place.
/// </summary>
public sealed class SavedQueryCache
{
    private volatile Entry? _entry;

    internal Entry? Current => _entry;

    internal void Set(Entry entry) => _entry = entry;

    internal sealed record Entry(long Version, SavedQueryDocument Document, SavedQueryCatalog Catalog);
}
