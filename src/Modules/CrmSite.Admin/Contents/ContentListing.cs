using System.Text.Json.Nodes;
using CrmSite.Content.Api;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Security;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Admin.Contents;

/// <summary>Which versions a list shows: the latest of each item (drafts included), published ones, or drafts only.</summary>
public enum ListStatus
{
    Latest,
    Published,
    Draft,
}

/// <summary>How a list is ordered.</summary>
public enum ListOrder
{
    Modified,
    Title,
    Created,
}

/// <summary>What a list page asks for; every filter optional. <see cref="Page"/> counts from 1.</summary>
public sealed record ContentListQuery(string ContentType, ListStatus Status, string? Text, string? Owner, string? Chapter, string? Culture,
    ListOrder Order, int Page);

/// <summary>One row of a list: the latest or published version asked for, and whether the item also has the other.</summary>
public sealed record ContentListRow(ContentItem Item, bool HasPublished, bool HasDraft);

/// <summary>
/// One page of a list. <see cref="Total"/> is exact unless <see cref="MoreThanTotal"/>: counting stops at
/// <see cref="ContentListing.CountLimit"/>, so a list over a large store costs a page, not a count of every match.
/// </summary>
public sealed record ContentListPage(IReadOnlyList<ContentListRow> Rows, int Total, bool MoreThanTotal, int Page, int PageSize, bool HasNext)
{
    /// <summary>The number of pages when the total is exact; null when the count stopped at its bound.</summary>
    public int? Pages => MoreThanTotal ? null : Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The admin content lists: the items of a type the caller may preview (all, or only their own when they hold
/// only the "own" permissions), filtered in SQL by status, display text, owner, chapter (the chapter pickers the
/// chapter scopes read: <c>ChapterPart.Chapter</c> or the type part's <c>Chapter</c>/<c>Chapters</c>) and culture
/// (<c>LocalizationPart.Culture</c>), ordered and paged, twenty a page.
/// </summary>
public sealed class ContentListing(CrmSiteDbContext db, ContentDefinitionManager definitions, ContentAuthorization authorization, ContentActor actor)
{
    public const int PageSize = 20;

    /// <summary>
    /// How far a list counts its matches; past it the page says "more than" this. Ten pages: on 100,000 fact sheets,
    /// counting one chapter's to 1,000 took about four times as long as reading the page itself.
    /// </summary>
    public const int CountLimit = 200;

    private static readonly string[] ChapterFields = ["Chapter", "Chapters"];

    /// <summary>The types the caller may list, and whether only their own items.</summary>
    public async Task<IReadOnlyList<(ContentTypeDefinition Type, bool OwnOnly)>> TypesAsync(CancellationToken cancellationToken = default)
    {
        var listable = new List<(ContentTypeDefinition, bool)>();
        foreach (var type in (await definitions.GetAsync(cancellationToken)).ContentTypes.OrderBy(t => t.DisplayName ?? t.Name, StringComparer.CurrentCulture))
        {
            if (await AccessAsync(type.Name) is { } ownOnly)
            {
                listable.Add((type, ownOnly));
            }
        }
        return listable;
    }

    /// <summary>Null when the caller may not list <paramref name="contentType"/>; true when only their own items.</summary>
    public async Task<bool?> AccessAsync(string contentType)
    {
        if (await authorization.CanAsync(ContentPermissions.PreviewContent, Probe(contentType, owner: null)))
        {
            return false;
        }
        var user = actor.UserId;
        return user is not null && await authorization.CanAsync(ContentPermissions.PreviewContent, Probe(contentType, user)) ? true : null;
    }

    public async Task<ContentListPage> PageAsync(ContentListQuery query, bool ownOnly, CancellationToken cancellationToken = default)
    {
        var type = query.ContentType;
        var versions = Versions(query, ownOnly);
        var chapter = query.Chapter?.Trim();
        var culture = query.Culture?.Trim();
        var fieldMatches = new List<IQueryable<FieldIndexRecord>>();
        if (!string.IsNullOrEmpty(chapter))
        {
            var inChapter = db.FieldIndex.Where(f => f.ContentType == type && (f.PartName == "ChapterPart" || f.PartName == type)
                && ChapterFields.Contains(f.FieldName) && f.Text == chapter);
            if (type == "Chapter")
            {
                // A chapter belongs to itself; for other types the OR would keep SQL from driving the list from the field index.
                versions = versions.Where(v => inChapter.Any(f => f.ContentItemVersionId == v.ContentItemVersionId) || v.ContentItemId == chapter);
            }
            else
            {
                fieldMatches.Add(inChapter);
            }
        }
        if (!string.IsNullOrEmpty(culture))
        {
            fieldMatches.Add(db.FieldIndex.Where(f => f.ContentType == type && f.PartName == "LocalizationPart" && f.FieldName == "Culture" && f.Text == culture));
        }
        // Two shapes of the same filter. As EXISTS probes of the field index, a plan can walk the order's index and stop
        // after a page: fast when many items match. Joined from the field index, the cost follows the field's matches
        // instead: right for the count, and for the page when few items match, where walking the order's index would read
        // every item of the type. PostgreSQL keeps statistics and picks between such plans for the EXISTS form itself;
        // SQLite here has none and always walks the order's index, so on SQLite the code picks.
        var matching = versions;
        foreach (var match in fieldMatches)
        {
            matching = matching.Where(v => match.Any(f => f.ContentItemVersionId == v.ContentItemVersionId));
        }
        IQueryable<ContentItemRecord>? byField = null;
        var countable = matching.Select(v => v.Id);
        if (fieldMatches.Count > 0 && db is SqliteCrmSiteDbContext)
        {
            var others = versions;
            foreach (var match in fieldMatches.Skip(1))
            {
                others = others.Where(v => match.Any(f => f.ContentItemVersionId == v.ContentItemVersionId));
            }
            // A version may hold one value twice (two pickers naming one chapter), hence the distinct ids.
            byField = fieldMatches[0].Select(f => f.ContentItemVersionId).Distinct().Join(others, id => id, v => v.ContentItemVersionId, (id, v) => v);
            countable = fieldMatches[0].Join(others, f => f.ContentItemVersionId, v => v.ContentItemVersionId, (f, v) => v.Id).Distinct();
        }
        // Counting stops past CountLimit: beyond it a count costs as much as the matches, and "more than" is enough.
        var counted = await countable.Take(CountLimit + 1).CountAsync(cancellationToken);
        var total = Math.Min(counted, CountLimit);
        var more = counted > CountLimit;
        var page = more ? Math.Max(1, query.Page) : Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var skip = (page - 1) * PageSize;
        // One row past the page says whether there is a next page, also when the count stopped at its bound.
        List<ContentItemRecord> records;
        if (byField is not null && !more)
        {
            // Sorting narrow rows first keeps the items' JSON out of the sort; only the page's rows are read whole.
            var pageIds = await Order(byField, query.Order).Skip(skip).Take(PageSize + 1).Select(v => v.Id).ToListAsync(cancellationToken);
            var byId = await db.ContentItems.AsNoTracking().Where(v => pageIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
            records = pageIds.ConvertAll(id => byId[id]);
        }
        else
        {
            records = await Order(matching, query.Order).Skip(skip).Take(PageSize + 1).ToListAsync(cancellationToken);
        }
        var hasNext = records.Count > PageSize;
        if (hasNext)
        {
            records.RemoveAt(PageSize);
        }
        // Which of these items also have a published version, or a draft over their published one.
        var ids = records.Select(r => r.ContentItemId).ToList();
        var flags = await db.ContentItems.AsNoTracking().Where(v => ids.Contains(v.ContentItemId) && (v.Published || v.Latest))
            .Select(v => new { v.ContentItemId, v.Published, v.Latest }).ToListAsync(cancellationToken);
        var rows = records.ConvertAll(r => new ContentListRow(ContentRecords.ToItem(r),
            flags.Any(f => f.ContentItemId == r.ContentItemId && f.Published),
            flags.Any(f => f.ContentItemId == r.ContentItemId && f.Latest && !f.Published)));
        return new ContentListPage(rows, total, more, page, PageSize, hasNext);
    }

    // The filters on the versions' own columns; each status has its own partial indexes for the three orders.
    private IQueryable<ContentItemRecord> Versions(ContentListQuery query, bool ownOnly)
    {
        var type = query.ContentType;
        var versions = db.ContentItems.AsNoTracking().Where(v => v.ContentType == type);
        versions = query.Status switch
        {
            ListStatus.Published => versions.Where(v => v.Published),
            ListStatus.Draft => versions.Where(v => v.Latest && !v.Published),
            _ => versions.Where(v => v.Latest),
        };
        if (ownOnly)
        {
            var me = actor.UserId;
            versions = versions.Where(v => v.Owner == me);
        }
        if (!string.IsNullOrWhiteSpace(query.Owner))
        {
            var owner = query.Owner.Trim();
            versions = versions.Where(v => v.Owner == owner);
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            versions = versions.TitleContains(query.Text);
        }
        return versions;
    }

    // Id breaks ties, so that every order is total and pages neither repeat nor skip rows.
    private static IQueryable<ContentItemRecord> Order(IQueryable<ContentItemRecord> versions, ListOrder order) => order switch
    {
        ListOrder.Title => versions.OrderBy(v => v.DisplayText).ThenBy(v => v.Id),
        ListOrder.Created => versions.OrderByDescending(v => v.CreatedUtc).ThenByDescending(v => v.Id),
        _ => versions.OrderByDescending(v => v.ModifiedUtc).ThenByDescending(v => v.Id),
    };

    /// <summary>The chapters, for the chapter filter.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> ChaptersAsync(CancellationToken cancellationToken = default) =>
        (await db.ContentItems.AsNoTracking().Where(v => v.ContentType == "Chapter" && v.Latest).OrderBy(v => v.DisplayText)
            .Select(v => new { v.ContentItemId, v.DisplayText }).ToListAsync(cancellationToken))
        .ConvertAll(c => (c.ContentItemId, c.DisplayText ?? c.ContentItemId));

    private static ContentItem Probe(string contentType, string? owner) =>
        new(new JsonObject(ContentJson.NodeOptions)) { ContentType = contentType, Owner = owner };
}
