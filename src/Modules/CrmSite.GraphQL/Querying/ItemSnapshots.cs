using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Store;
using Microsoft.Extensions.Caching.Memory;

namespace CrmSite.GraphQL.Querying;

/// <summary>
/// Version rows parsed once and shared by every GraphQL request that reads them, read-only. A snapshot is reused
/// only while the row it was made from is the same: the stored JSON compared in full, and the columns that
/// <see cref="ContentRecords.ToItem"/> writes over it (latest, published, published date), so a save, a publish or
/// an unpublish is never hidden. Building a JSON tree from the stored text is most of the cost of resolving a page
/// of items; GraphQL resolvers only read what they are given. Snapshots are fully built before they are shared
/// (System.Text.Json builds nodes lazily, which is not safe to do from two requests at once). Bounded by the total
/// length of the stored JSON held; the least recently used go first.
/// </summary>
public sealed class ItemSnapshots : IDisposable
{
    private readonly MemoryCache _cache;

    public ItemSnapshots(long maxJsonCharacters = 32 * 1024 * 1024) =>
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = maxJsonCharacters, CompactionPercentage = 0.25 });

    /// <summary>The item of <paramref name="record"/>; shared, so it must not be changed.</summary>
    public ContentItem Get(ContentItemRecord record)
    {
        if (_cache.TryGetValue(record.ContentItemVersionId, out Snapshot? snapshot) && snapshot!.IsOf(record))
        {
            return snapshot.Item;
        }
        var item = ContentRecords.ToItem(record);
        Build(item.Data);
        _cache.Set(record.ContentItemVersionId, new Snapshot(record.Data, record.Latest, record.Published, record.PublishedUtc, item),
            new MemoryCacheEntryOptions { Size = record.Data.Length });
        return item;
    }

    public void Dispose() => _cache.Dispose();

    // Walks the whole tree once, so that every object and array has built its children before others read them.
    private static void Build(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Build(child);
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Build(child);
                }
                break;
        }
    }

    private sealed record Snapshot(string Data, bool Latest, bool Published, DateTime? PublishedUtc, ContentItem Item)
    {
        public bool IsOf(ContentItemRecord record) =>
            record.Latest == Latest && record.Published == Published && record.PublishedUtc == PublishedUtc &&
            string.Equals(record.Data, Data, StringComparison.Ordinal);
    }
}
