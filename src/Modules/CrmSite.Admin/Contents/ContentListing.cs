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

public sealed record ContentListPage(IReadOnlyList<ContentListRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
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
            var text = query.Text.Trim().ToLowerInvariant();
            // Runs in SQL as lower(DisplayText) containing the lower-cased text (SQLite lowers ASCII letters only).
#pragma warning disable CA1304, CA1311, CA1862
            versions = versions.Where(v => v.DisplayText != null && v.DisplayText.ToLower().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }
        if (!string.IsNullOrWhiteSpace(query.Chapter))
        {
            var chapter = query.Chapter.Trim();
            var inChapter = db.FieldIndex.Where(f => f.ContentType == type && (f.PartName == "ChapterPart" || f.PartName == type)
                && ChapterFields.Contains(f.FieldName) && f.Text == chapter).Select(f => f.ContentItemVersionId);
            // A chapter belongs to itself; for other types the OR would keep SQL from using the type's index.
            versions = type == "Chapter"
                ? versions.Where(v => inChapter.Contains(v.ContentItemVersionId) || v.ContentItemId == chapter)
                : versions.Where(v => inChapter.Contains(v.ContentItemVersionId));
        }
        if (!string.IsNullOrWhiteSpace(query.Culture))
        {
            var culture = query.Culture.Trim();
            var inCulture = db.FieldIndex.Where(f => f.ContentType == type && f.PartName == "LocalizationPart" && f.FieldName == "Culture" && f.Text == culture)
                .Select(f => f.ContentItemVersionId);
            versions = versions.Where(v => inCulture.Contains(v.ContentItemVersionId));
        }
        var total = await versions.CountAsync(cancellationToken);
        var ordered = query.Order switch
        {
            ListOrder.Title => versions.OrderBy(v => v.DisplayText).ThenBy(v => v.Id),
            ListOrder.Created => versions.OrderByDescending(v => v.CreatedUtc).ThenByDescending(v => v.Id),
            _ => versions.OrderByDescending(v => v.ModifiedUtc).ThenByDescending(v => v.Id),
        };
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var records = await ordered.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        // Which of these items also have a published version, or a draft over their published one.
        var ids = records.Select(r => r.ContentItemId).ToList();
        var flags = await db.ContentItems.AsNoTracking().Where(v => ids.Contains(v.ContentItemId) && (v.Published || v.Latest))
            .Select(v => new { v.ContentItemId, v.Published, v.Latest }).ToListAsync(cancellationToken);
        var rows = records.ConvertAll(r => new ContentListRow(ContentRecords.ToItem(r),
            flags.Any(f => f.ContentItemId == r.ContentItemId && f.Published),
            flags.Any(f => f.ContentItemId == r.ContentItemId && f.Latest && !f.Published)));
        return new ContentListPage(rows, total, page, PageSize);
    }

    /// <summary>The chapters, for the chapter filter.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> ChaptersAsync(CancellationToken cancellationToken = default) =>
        (await db.ContentItems.AsNoTracking().Where(v => v.ContentType == "Chapter" && v.Latest).OrderBy(v => v.DisplayText)
            .Select(v => new { v.ContentItemId, v.DisplayText }).ToListAsync(cancellationToken))
        .ConvertAll(c => (c.ContentItemId, c.DisplayText ?? c.ContentItemId));

    private static ContentItem Probe(string contentType, string? owner) =>
        new(new JsonObject(ContentJson.NodeOptions)) { ContentType = contentType, Owner = owner };
}
