using CrmSite.Content.Items;

namespace CrmSite.Content.Management;

/// <summary>The items and versions a chunk of an import found already in the store, kept up to date as it imports.</summary>
public sealed class ImportBatch(HashSet<string> knownItems, HashSet<string> knownVersions)
{
    internal bool IsUnknown(ContentItem item) =>
        !knownItems.Contains(item.ContentItemId) &&
        (item.ContentItemVersionId.Length == 0 || !knownVersions.Contains(item.ContentItemVersionId));

    internal void Add(ContentItem item)
    {
        knownItems.Add(item.ContentItemId);
        if (item.ContentItemVersionId.Length > 0)
        {
            knownVersions.Add(item.ContentItemVersionId);
        }
    }
}
