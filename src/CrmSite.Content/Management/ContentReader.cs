using CrmSite.Content.Items;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Content.Management;

/// <summary>
/// Reads items and versions. It needs nothing but the store, so read endpoints do not build the write side.
/// (Compiled queries would bind to one model, and a process may hold both providers' models.)
/// </summary>
public sealed class ContentReader(CrmSiteDbContext db)
{
    /// <summary>The version of <paramref name="contentItemId"/> that <paramref name="options"/> names, or null.</summary>
    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published,
        CancellationToken cancellationToken = default)
    {
        var versions = db.ContentItems.AsNoTracking().Where(v => v.ContentItemId == contentItemId);
        var record = options == VersionOptions.Published
            ? await versions.FirstOrDefaultAsync(v => v.Published, cancellationToken)
            : await versions.FirstOrDefaultAsync(v => v.Latest, cancellationToken);
        if (record is null || (options == VersionOptions.Draft && record.Published))
        {
            return null;
        }
        return ContentRecords.ToItem(record);
    }

    /// <summary>One version by its version id, current or historical.</summary>
    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default) =>
        await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(v => v.ContentItemVersionId == contentItemVersionId, cancellationToken)
            is { } record ? ContentRecords.ToItem(record) : null;

    /// <summary>Every stored version of an item, oldest first.</summary>
    public async Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var records = await db.ContentItems.AsNoTracking().Where(v => v.ContentItemId == contentItemId)
            .OrderBy(v => v.Number).ToListAsync(cancellationToken);
        return records.ConvertAll(ContentRecords.ToItem);
    }
}
