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

    /// <summary>
    /// One page of the items of <paramref name="contentType"/> in the version <paramref name="options"/> names,
    /// oldest first (or by display text), with the number of such items; <paramref name="owner"/> keeps only
    /// the items that user owns, <paramref name="containedIn"/> only those in that list (ContainedPart).
    /// </summary>
    public async Task<(IReadOnlyList<ContentItem> Items, int Count)> PageAsync(string contentType, VersionOptions options,
        int skip, int take, bool byDisplayText = false, string? owner = null, string? containedIn = null,
        CancellationToken cancellationToken = default)
    {
        if (containedIn?.Contains('\0', StringComparison.Ordinal) == true)
        {
            return ([], 0); // no id holds NUL, and PostgreSQL refuses it in a query
        }
        var query = Versions(contentType, options);
        if (owner is not null)
        {
            query = query.Where(v => v.Owner == owner);
        }
        if (containedIn is not null)
        {
            var inList = db.FieldIndex.Where(f => f.ContentType == contentType && f.PartName == "ContainedPart" &&
                f.FieldName == "ListContentItemId" && f.Text == containedIn).Select(f => f.ContentItemVersionId);
            query = query.Where(v => inList.Contains(v.ContentItemVersionId));
        }
        var count = await query.CountAsync(cancellationToken);
        var ordered = byDisplayText ? query.OrderBy(v => v.DisplayText).ThenBy(v => v.Id) : query.OrderBy(v => v.Id);
        var records = await ordered.Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (records.ConvertAll(ContentRecords.ToItem), count);
    }

    /// <summary>Every item of <paramref name="contentType"/> in the version <paramref name="options"/> names, oldest first.</summary>
    public async Task<IReadOnlyList<ContentItem>> ListAsync(string contentType, VersionOptions options,
        CancellationToken cancellationToken = default) =>
        (await Versions(contentType, options).OrderBy(v => v.Id).ToListAsync(cancellationToken)).ConvertAll(ContentRecords.ToItem);

    /// <summary>
    /// The items of <paramref name="contentType"/> whose field <paramref name="partName"/>.<paramref name="fieldName"/>
    /// holds <paramref name="value"/> (a picked item id, a text), found through the field index.
    /// </summary>
    public async Task<IReadOnlyList<ContentItem>> ListByFieldAsync(string contentType, string partName, string fieldName,
        string value, VersionOptions options, CancellationToken cancellationToken = default)
    {
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            return []; // no stored text holds NUL, and PostgreSQL refuses it in a query
        }
        var versionIds = db.FieldIndex.Where(f => f.ContentType == contentType && f.PartName == partName &&
            f.FieldName == fieldName && f.Text == value).Select(f => f.ContentItemVersionId);
        var records = await Versions(contentType, options).Where(v => versionIds.Contains(v.ContentItemVersionId))
            .OrderBy(v => v.Id).ToListAsync(cancellationToken);
        return records.ConvertAll(ContentRecords.ToItem);
    }

    private IQueryable<ContentItemRecord> Versions(string contentType, VersionOptions options)
    {
        var versions = db.ContentItems.AsNoTracking().Where(v => v.ContentType == contentType);
        return options switch
        {
            VersionOptions.Published => versions.Where(v => v.Published),
            VersionOptions.Draft => versions.Where(v => v.Latest && !v.Published),
            _ => versions.Where(v => v.Latest),
        };
    }
}
