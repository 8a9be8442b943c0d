using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Content.Management;

/// <summary>
/// Imports items as recipes carry them. Idempotent: a known version id is replaced in place (or left alone when
/// equal), and an item whose content equals its latest version gets no new version.
/// </summary>
public sealed class ContentImporter(
    CrmSiteDbContext db,
    ContentManager content,
    ContentValidation validation,
    ContentVersionWriter writer,
    ContentEvents events,
    TimeProvider clock)
{
    private static readonly string[] VolatileProperties =
        ["ContentItemVersionId", "Latest", "Published", "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author"];

    /// <summary>
    /// Finds in two queries which of <paramref name="items"/> the store already knows, so that importing the
    /// others (the usual case for a large recipe) needs no lookups of its own.
    /// </summary>
    public async Task<ImportBatch> PrepareAsync(IReadOnlyCollection<ContentItem> items, CancellationToken cancellationToken)
    {
        var itemIds = items.Select(i => i.ContentItemId).Where(id => id.Length > 0).Distinct().ToList();
        var versionIds = items.Select(i => i.ContentItemVersionId).Where(id => id.Length > 0).Distinct().ToList();
        var knownItems = await db.ContentItems.Where(v => itemIds.Contains(v.ContentItemId))
            .Select(v => v.ContentItemId).Distinct().ToListAsync(cancellationToken);
        var knownVersions = await db.ContentItems.Where(v => versionIds.Contains(v.ContentItemVersionId))
            .Select(v => v.ContentItemVersionId).ToListAsync(cancellationToken);
        return new ImportBatch([.. knownItems], [.. knownVersions]);
    }

    public async Task<(ImportOutcome Outcome, ContentResult Result)> ImportAsync(ContentItem item, CancellationToken cancellationToken,
        ImportBatch? batch = null)
    {
        var (type, all, error) = await content.ResolveTypeAsync(item, cancellationToken);
        if (type is null)
        {
            return (ImportOutcome.Unchanged, error!);
        }
        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            item.ContentItemId = IdGenerator.NewId();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        item.ModifiedUtc ??= now;
        item.CreatedUtc ??= now;
        ContentManager.ApplyDisplayText(item);
        var publish = item.Data["Published"] is not JsonValue flag || !flag.TryGetValue<bool>(out var published) || published;
        if (batch is not null && batch.IsUnknown(item))
        {
            batch.Add(item);
            var created = new ContentContext(item, type);
            await events.RaiseAsync((h, c, t) => h.CreatingAsync(c, t), created, cancellationToken);
            return (ImportOutcome.Created, await content.SaveVersionAsync(created, all,
                new VersionWrite(null, publish, "Imported", IsNew: true, KeepPublishedUtc: true, Imported: true),
                (h, c, t) => h.CreatedAsync(c, t), cancellationToken));
        }
        batch?.Add(item);

        if (!string.IsNullOrEmpty(item.ContentItemVersionId) &&
            await content.GetVersionAsync(item.ContentItemVersionId, cancellationToken) is { } existing)
        {
            if (existing.ContentItemId != item.ContentItemId)
            {
                return (ImportOutcome.Unchanged, ContentResult.Fail(ContentFailure.Conflict, new ContentError("ContentItemVersionId",
                    $"Version {item.ContentItemVersionId} belongs to item {existing.ContentItemId}, not {item.ContentItemId}.")));
            }
            if (existing.ContentType != item.ContentType)
            {
                return (ImportOutcome.Unchanged, ContentResult.Fail(ContentFailure.Conflict, new ContentError("ContentType",
                    $"Version {item.ContentItemVersionId} is a {existing.ContentType}; an item's type cannot change.")));
            }
            // Handlers fill in what an item may leave out (a localization set, say) before it is compared.
            await events.RaiseAsync((h, c, t) => h.UpdatingAsync(c, t), new ContentContext(item, type), cancellationToken);
            if (SameContent(existing, item))
            {
                return (ImportOutcome.Unchanged, ContentResult.Success(existing));
            }
            var errors = await ValidateAsync(item, type, all, cancellationToken);
            if (errors is not null)
            {
                return (ImportOutcome.Unchanged, errors);
            }
            await writer.ReplaceAsync(item, type, all, cancellationToken);
            await events.RaiseAsync((h, c, t) => h.UpdatedAsync(c, t), new ContentContext(item, type), cancellationToken);
            return (ImportOutcome.Replaced, ContentResult.Success(item));
        }

        var latest = await content.GetAsync(item.ContentItemId, VersionOptions.Latest, cancellationToken);
        var context = new ContentContext(item, type);
        var isNew = latest is null && !await db.ContentItems.AnyAsync(v => v.ContentItemId == item.ContentItemId, cancellationToken);
        await events.RaiseAsync(isNew ? (h, c, t) => h.CreatingAsync(c, t) : (h, c, t) => h.UpdatingAsync(c, t), context, cancellationToken);
        if (latest is not null && SameContent(latest, item) && latest.Published == publish)
        {
            return (ImportOutcome.Unchanged, ContentResult.Success(latest));
        }
        var write = new VersionWrite(latest?.ContentItemVersionId, publish, "Imported", IsNew: isNew, KeepPublishedUtc: true, Imported: true);
        var result = await content.SaveVersionAsync(context, all, write,
            isNew ? (h, c, t) => h.CreatedAsync(c, t) : (h, c, t) => h.UpdatedAsync(c, t), cancellationToken);
        return (isNew ? ImportOutcome.Created : ImportOutcome.NewVersion, result);
    }

    private async Task<ContentResult?> ValidateAsync(ContentItem item, Definitions.ContentTypeDefinition type,
        Definitions.ContentDefinitionDocument all, CancellationToken cancellationToken)
    {
        var errors = await validation.ValidateAsync(item, type, all, cancellationToken, imported: true);
        return errors.Count > 0 ? ContentResult.Fail(ContentFailure.Invalid, [.. errors]) : null;
    }

    private static bool SameContent(ContentItem stored, ContentItem incoming)
    {
        var a = stored.Clone().Data;
        var b = incoming.Clone().Data;
        foreach (var name in VolatileProperties)
        {
            a.Remove(name);
            b.Remove(name);
        }
        return JsonNode.DeepEquals(a, b);
    }
}
