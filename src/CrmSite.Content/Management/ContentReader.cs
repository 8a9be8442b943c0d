using CrmSite.Content.Items;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Content.Management;

/// <summary>
/// Reads items and versions. It needs nothing but the store, so read endpoints do not build the write side;
/// the hot queries are compiled once.
/// </summary>
public sealed class ContentReader(CrmSiteDbContext db)
{
    private static readonly Func<CrmSiteDbContext, string, CancellationToken, Task<ContentItemRecord?>> Published =
        EF.CompileAsyncQuery((CrmSiteDbContext db, string id, CancellationToken _) =>
            db.ContentItems.AsNoTracking().FirstOrDefault(v => v.ContentItemId == id && v.Published));

    private static readonly Func<CrmSiteDbContext, string, CancellationToken, Task<ContentItemRecord?>> Latest =
        EF.CompileAsyncQuery((CrmSiteDbContext db, string id, CancellationToken _) =>
            db.ContentItems.AsNoTracking().FirstOrDefault(v => v.ContentItemId == id && v.Latest));

    private static readonly Func<CrmSiteDbContext, string, CancellationToken, Task<ContentItemRecord?>> Version =
        EF.CompileAsyncQuery((CrmSiteDbContext db, string versionId, CancellationToken _) =>
            db.ContentItems.AsNoTracking().FirstOrDefault(v => v.ContentItemVersionId == versionId));

    /// <summary>The version of <paramref name="contentItemId"/> that <paramref name="options"/> names, or null.</summary>
    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published,
        CancellationToken cancellationToken = default)
    {
        var record = options == VersionOptions.Published
            ? await Published(db, contentItemId, cancellationToken)
            : await Latest(db, contentItemId, cancellationToken);
        if (record is null || (options == VersionOptions.Draft && record.Published))
        {
            return null;
        }
        return ContentRecords.ToItem(record);
    }

    /// <summary>One version by its version id, current or historical.</summary>
    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default) =>
        await Version(db, contentItemVersionId, cancellationToken) is { } record ? ContentRecords.ToItem(record) : null;

    /// <summary>Every stored version of an item, oldest first.</summary>
    public async Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var records = await db.ContentItems.AsNoTracking().Where(v => v.ContentItemId == contentItemId)
            .OrderBy(v => v.Number).ToListAsync(cancellationToken);
        return records.ConvertAll(ContentRecords.ToItem);
    }
}
