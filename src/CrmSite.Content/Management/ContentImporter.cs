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

    public async Task<(ImportOutcome Outcome, ContentResult Result)> ImportAsync(ContentItem item, CancellationToken cancellationToken)
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

        if (!string.IsNullOrEmpty(item.ContentItemVersionId) &&
            await content.GetVersionAsync(item.ContentItemVersionId, cancellationToken) is { } existing)
        {
            if (existing.ContentItemId != item.ContentItemId)
            {
                return (ImportOutcome.Unchanged, ContentResult.Fail(ContentFailure.Conflict, new ContentError("ContentItemVersionId",
                    $"Version {item.ContentItemVersionId} belongs to item {existing.ContentItemId}, not {item.ContentItemId}.")));
            }
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
        if (latest is not null && SameContent(latest, item) && latest.Published == publish)
        {
            return (ImportOutcome.Unchanged, ContentResult.Success(latest));
        }
        var context = new ContentContext(item, type);
        var isNew = latest is null && !await db.ContentItems.AnyAsync(v => v.ContentItemId == item.ContentItemId, cancellationToken);
        await events.RaiseAsync(isNew ? (h, c, t) => h.CreatingAsync(c, t) : (h, c, t) => h.UpdatingAsync(c, t), context, cancellationToken);
        var result = await content.SaveVersionAsync(context, all, latest?.ContentItemVersionId, publish, "Imported",
            isNew ? (h, c, t) => h.CreatedAsync(c, t) : (h, c, t) => h.UpdatedAsync(c, t), cancellationToken, importing: true);
        return (isNew ? ImportOutcome.Created : ImportOutcome.NewVersion, result);
    }

    private async Task<ContentResult?> ValidateAsync(ContentItem item, Definitions.ContentTypeDefinition type,
        Definitions.ContentDefinitionDocument all, CancellationToken cancellationToken)
    {
        var errors = await validation.ValidateAsync(item, type, all, cancellationToken);
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
