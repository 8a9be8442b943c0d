using System.Linq.Expressions;
using System.Text.Json.Nodes;
using CrmSite.Content.Api;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Security;
using CrmSite.Content.Store;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.GraphQL.Querying;

/// <summary>
/// What one GraphQL request reads, and who may read it: pages of items by type with SQL filters and orders, and
/// batched loads of items by id and of items that point at others (pickers, containers, localization sets).
/// Items are shared read-only snapshots (<see cref="ItemSnapshots"/>). Every item returned has passed the
/// authorizer; reads depend on type and owner only, so one probe per (type, version, owner) answers for all items
/// of a request.
/// </summary>
public sealed class ContentGraphData
{
    private readonly CrmSiteDbContext _db;
    private readonly ContentAuthorization _authorization;
    private readonly ContentActor _actor;
    private readonly ItemSnapshots _snapshots;
    private readonly Dictionary<(string Type, bool Published, bool Own), bool> _access = [];
    private readonly BatchLoader<(string Id, bool Published), ContentItem?> _items;
    private readonly BatchLoader<ReferenceKey, IReadOnlyList<ContentItem>> _references;

    public ContentGraphData(CrmSiteDbContext db, ContentAuthorization authorization, ContentActor actor, ItemSnapshots snapshots)
    {
        _db = db;
        _snapshots = snapshots;
        _authorization = authorization;
        _actor = actor;
        _items = new(FetchItemsAsync, null);
        _references = new(FetchReferencesAsync, []);
    }

    /// <summary>Who reads a list of <paramref name="contentType"/>: everyone's items, only the caller's own, or none.</summary>
    public async Task<ReadAccess> ListAccessAsync(string contentType, bool published)
    {
        if (await CanAsync(contentType, published, own: false))
        {
            return ReadAccess.All;
        }
        return _actor.UserId is not null && await CanAsync(contentType, published, own: true) ? ReadAccess.Own : ReadAccess.None;
    }

    /// <summary>Whether the caller holds PreviewContent on some type (needed for drafts at all).</summary>
    public Task<bool> CanPreviewAsync(string contentType) => CanAsync(contentType, published: false, own: false);

    /// <summary>Whether the caller may read this version.</summary>
    public async Task<bool> CanReadAsync(ContentItem item)
    {
        var own = _actor.UserId is { } user && item.Owner == user;
        return await CanAsync(item.ContentType, item.Published, own: false) ||
            (own && await CanAsync(item.ContentType, item.Published, own: true));
    }

    /// <summary>The items of <paramref name="items"/> the caller may read, in order.</summary>
    public async Task<List<ContentItem>> ReadableAsync(IEnumerable<ContentItem?> items)
    {
        var readable = new List<ContentItem>();
        foreach (var item in items)
        {
            if (item is not null && await CanReadAsync(item))
            {
                readable.Add(item);
            }
        }
        return readable;
    }

    private async Task<bool> CanAsync(string contentType, bool published, bool own)
    {
        if (_access.TryGetValue((contentType, published, own), out var allowed))
        {
            return allowed;
        }
        var probe = new ContentItem(new JsonObject(ContentJson.NodeOptions)) { ContentType = contentType, Published = published };
        if (own)
        {
            probe.Owner = _actor.UserId;
        }
        allowed = await _authorization.CanAsync(published ? ContentPermissions.ViewContent : ContentPermissions.PreviewContent, probe);
        _access[(contentType, published, own)] = allowed;
        return allowed;
    }

    /// <summary>One page of a type's items; one row more than the page is read, so the caller learns whether more follow.</summary>
    public async Task<ContentPage> PageAsync(ContentPageRequest request, CancellationToken cancellationToken)
    {
        var query = Versions(request.ContentType, request.Status);
        if (request.Access == ReadAccess.None)
        {
            return new ContentPage([], false, _ => Task.FromResult(0));
        }
        if (request.Access == ReadAccess.Own)
        {
            var owner = _actor.UserId;
            query = query.Where(v => v.Owner == owner);
        }
        if (request.Filter is not null)
        {
            query = query.Where(request.Filter);
        }
        var counted = query;
        var ordered = request.Order(query);
        var records = await ordered.Skip(request.Skip).Take(request.Take + 1).ToListAsync(cancellationToken);
        var hasMore = records.Count > request.Take;
        var items = records.Take(request.Take).Select(_snapshots.Get).ToList();
        return new ContentPage(items, hasMore, token => counted.CountAsync(token));
    }

    private IQueryable<ContentItemRecord> Versions(string contentType, ContentStatus status)
    {
        var versions = _db.ContentItems.AsNoTracking().Where(v => v.ContentType == contentType);
        return status switch
        {
            ContentStatus.Published => versions.Where(v => v.Published),
            ContentStatus.Draft => versions.Where(v => v.Latest && !v.Published),
            ContentStatus.Latest => versions.Where(v => v.Latest),
            _ => versions.Where(v => v.Latest || v.Published),
        };
    }

    /// <summary>The field index, for filters and orders built on it.</summary>
    public IQueryable<FieldIndexRecord> FieldIndex => _db.FieldIndex;

    /// <summary>An item by id, published or latest, batched with the other ids of the same level; null when missing or not readable.</summary>
    public IDataLoaderResult<ContentItem?> Item(string contentItemId, bool published = true) =>
        _items.Load((contentItemId, published));

    /// <summary>
    /// The items (of <see cref="ReferenceKey.ContentType"/>, or of any type) whose indexed value
    /// <see cref="ReferenceKey.PartName"/>.<see cref="ReferenceKey.FieldName"/> is <see cref="ReferenceKey.Value"/>:
    /// the secretariat of a chapter, the items of a list, the versions of a localization set. Batched per level.
    /// </summary>
    public IDataLoaderResult<IReadOnlyList<ContentItem>> Referencing(ReferenceKey key) => _references.Load(key);

    /// <summary>How many SQL batches the loaders ran in this request (for tests and diagnostics).</summary>
    public int LoaderBatches => _items.Batches + _references.Batches;

    private async Task<IReadOnlyDictionary<(string Id, bool Published), ContentItem?>> FetchItemsAsync(
        IReadOnlyCollection<(string Id, bool Published)> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, bool), ContentItem?>();
        foreach (var group in keys.GroupBy(k => k.Published))
        {
            var ids = group.Select(k => k.Id).Where(IdGenerator.IsWellFormed).Distinct().ToList();
            if (ids.Count == 0)
            {
                continue;
            }
            // One id (an item by id, a single picked item) is an equality, which EF prepares once; a list goes through
            // a collection parameter, whose SQL EF rewrites for every call.
            // (The single id is a local of its own: EF would compile a delegate on every call to evaluate ids[0].)
            var id = ids[0];
            var versions = ids.Count == 1
                ? _db.ContentItems.AsNoTracking().Where(v => v.ContentItemId == id)
                : _db.ContentItems.AsNoTracking().Where(v => ids.Contains(v.ContentItemId));
            versions = group.Key ? versions.Where(v => v.Published) : versions.Where(v => v.Latest);
            foreach (var record in await versions.ToListAsync(cancellationToken))
            {
                var item = _snapshots.Get(record);
                found[(record.ContentItemId, group.Key)] = await CanReadAsync(item) ? item : null;
            }
        }
        return found;
    }

    private async Task<IReadOnlyDictionary<ReferenceKey, IReadOnlyList<ContentItem>>> FetchReferencesAsync(
        IReadOnlyCollection<ReferenceKey> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<ReferenceKey, IReadOnlyList<ContentItem>>();
        foreach (var group in keys.GroupBy(k => (k.ContentType, k.PartName, k.FieldName, k.Published)))
        {
            var (type, part, field, published) = group.Key;
            var values = group.Select(k => k.Value).Where(v => !v.Contains('\0', StringComparison.Ordinal)).Distinct().ToList();
            var rows = _db.FieldIndex.AsNoTracking().Where(f => f.PartName == part && f.FieldName == field && values.Contains(f.Text!));
            if (type is not null)
            {
                rows = rows.Where(f => f.ContentType == type);
            }
            var versions = _db.ContentItems.AsNoTracking();
            versions = published ? versions.Where(v => v.Published) : versions.Where(v => v.Latest);
            var pairs = await rows.Join(versions, f => f.ContentItemVersionId, v => v.ContentItemVersionId, (f, v) => new { f.Text, Version = v })
                .OrderBy(p => p.Version.Id).ToListAsync(cancellationToken);
            var items = new Dictionary<string, ContentItem>();
            foreach (var byValue in pairs.GroupBy(p => p.Text!))
            {
                var list = new List<ContentItem>();
                foreach (var pair in byValue)
                {
                    if (!items.TryGetValue(pair.Version.ContentItemVersionId, out var item))
                    {
                        item = _snapshots.Get(pair.Version);
                        items[pair.Version.ContentItemVersionId] = item;
                    }
                    if (await CanReadAsync(item))
                    {
                        list.Add(item);
                    }
                }
                found[new ReferenceKey(type, part, field, byValue.Key, published)] = list;
            }
        }
        return found;
    }
}

/// <summary>Whose items a caller may list.</summary>
public enum ReadAccess
{
    None,
    Own,
    All,
}

/// <summary>A batched "who points at this value" lookup; <see cref="ContentType"/> null for any type.</summary>
public sealed record ReferenceKey(string? ContentType, string PartName, string FieldName, string Value, bool Published = true);

/// <summary>One page request, already authorized and translated.</summary>
public sealed record ContentPageRequest(
    string ContentType,
    ContentStatus Status,
    ReadAccess Access,
    Expression<Func<ContentItemRecord, bool>>? Filter,
    Func<IQueryable<ContentItemRecord>, IQueryable<ContentItemRecord>> Order,
    int Skip,
    int Take);

/// <summary>A page of items, whether more follow, and the total on demand (one more SQL command, only when asked).</summary>
public sealed record ContentPage(IReadOnlyList<ContentItem> Items, bool HasMore, Func<CancellationToken, Task<int>> CountAsync);
