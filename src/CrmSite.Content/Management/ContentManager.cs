using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Content.Management;

/// <summary>
/// Creates, reads, versions, publishes and removes content items. Every change validates first (all errors at
/// once), then writes the version, its field index, indexing task and audit record in one transaction.
/// </summary>
public sealed class ContentManager(
    CrmSiteDbContext db,
    ContentReader reader,
    ContentDefinitionManager definitions,
    ContentValidation validation,
    ContentEvents events,
    ContentVersionWriter writer,
    ContentActor actor,
    TimeProvider clock,
    IEnumerable<IContentCommitObserver> observers)
{
    /// <summary>A new, unsaved item of <paramref name="contentType"/>, or null when the type is not defined.</summary>
    public async Task<ContentItem?> NewAsync(string contentType, CancellationToken cancellationToken = default) =>
        await definitions.GetTypeAsync(contentType, cancellationToken) is { } type ? new ContentItem(type.Name) : null;

    /// <inheritdoc cref="ContentReader.GetAsync"/>
    public Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published,
        CancellationToken cancellationToken = default) => reader.GetAsync(contentItemId, options, cancellationToken);

    /// <inheritdoc cref="ContentReader.GetVersionAsync"/>
    public Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default) =>
        reader.GetVersionAsync(contentItemVersionId, cancellationToken);

    /// <inheritdoc cref="ContentReader.ListVersionsAsync"/>
    public Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        reader.ListVersionsAsync(contentItemId, cancellationToken);

    /// <summary>Saves a new item, as a draft or published.</summary>
    public Task<ContentResult> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default) =>
        RunAsync(async () =>
        {
            var (type, all, error) = await ResolveTypeAsync(item, cancellationToken);
            if (type is null)
            {
                return error!;
            }
            if (!publish && !type.TypeSettings.Draftable)
            {
                return NotDraftable(type);
            }
            if (string.IsNullOrEmpty(item.ContentItemId))
            {
                item.ContentItemId = IdGenerator.NewId();
            }
            if (await db.ContentItems.AnyAsync(v => v.ContentItemId == item.ContentItemId, cancellationToken))
            {
                return ContentResult.Fail(ContentFailure.Conflict, new ContentError("ContentItemId", $"Item {item.ContentItemId} already exists."));
            }
            var now = clock.GetUtcNow().UtcDateTime;
            item.ContentItemVersionId = "";
            item.CreatedUtc = now;
            item.ModifiedUtc = now;
            item.Owner ??= actor.UserId ?? actor.UserName;
            item.Author = actor.UserName;
            var context = new ContentContext(item, type);
            await events.RaiseAsync((h, c, t) => h.CreatingAsync(c, t), context, cancellationToken);
            return await SaveVersionAsync(context, all, new VersionWrite(null, publish, "Created", IsNew: true),
                (h, c, t) => h.CreatedAsync(c, t), cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Saves a new version of an existing item. <paramref name="baseVersionId"/> is the version the change was
    /// made from; when it is no longer the latest the change is refused as stale. Null means "the latest".
    /// </summary>
    public Task<ContentResult> UpdateAsync(ContentItem item, string? baseVersionId, bool publish, CancellationToken cancellationToken = default) =>
        RunAsync(async () =>
        {
            var current = await GetAsync(item.ContentItemId, VersionOptions.Latest, cancellationToken);
            if (current is null)
            {
                return NotFound(item.ContentItemId);
            }
            baseVersionId ??= current.ContentItemVersionId;
            if (baseVersionId != current.ContentItemVersionId)
            {
                return Stale(baseVersionId, current.ContentItemVersionId);
            }
            item.ContentType = string.IsNullOrEmpty(item.ContentType) ? current.ContentType : item.ContentType;
            if (item.ContentType != current.ContentType)
            {
                return ContentResult.Fail(ContentFailure.Invalid, new ContentError("ContentType",
                    $"An item's type cannot change (it is {current.ContentType})."));
            }
            var (type, all, error) = await ResolveTypeAsync(item, cancellationToken);
            if (type is null)
            {
                return error!;
            }
            if (!publish && !type.TypeSettings.Draftable)
            {
                return NotDraftable(type);
            }
            item.ContentItemVersionId = "";
            item.CreatedUtc = current.CreatedUtc;
            item.Owner = current.Owner;
            item.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
            item.Author = actor.UserName;
            var context = new ContentContext(item, type);
            await events.RaiseAsync((h, c, t) => h.UpdatingAsync(c, t), context, cancellationToken);
            return await SaveVersionAsync(context, all, new VersionWrite(baseVersionId, publish, "Updated"),
                (h, c, t) => h.UpdatedAsync(c, t), cancellationToken);
        }, cancellationToken);

    /// <summary>Publishes the latest version. Publishing what is already published changes nothing.</summary>
    public Task<ContentResult> PublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        PublishAsync(contentItemId, null, cancellationToken);

    /// <summary>
    /// Publishes the latest version, which must be <paramref name="expectedVersionId"/> when one is given (the
    /// version the caller reviewed); otherwise the publish is refused as stale.
    /// </summary>
    public Task<ContentResult> PublishAsync(string contentItemId, string? expectedVersionId, CancellationToken cancellationToken = default) =>
        RunAsync(async () =>
        {
            var latest = await GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
            if (latest is null)
            {
                return NotFound(contentItemId);
            }
            // The publish below is conditional on this version still being the latest, so the check cannot go stale.
            if (expectedVersionId is not null && expectedVersionId != latest.ContentItemVersionId)
            {
                return Stale(expectedVersionId, latest.ContentItemVersionId);
            }
            if (latest.Published)
            {
                return ContentResult.Success(latest);
            }
            var context = new ContentContext(latest, await definitions.GetTypeAsync(latest.ContentType, cancellationToken));
            await events.RaiseAsync((h, c, t) => h.PublishingAsync(c, t), context, cancellationToken);
            if (!await writer.PublishLatestAsync(latest, context.Type, await definitions.GetAsync(cancellationToken), cancellationToken))
            {
                return ContentResult.Fail(ContentFailure.Conflict, new ContentError("ContentItemId", $"The item changed while it was being published."));
            }
            await events.RaiseAsync((h, c, t) => h.PublishedAsync(c, t), context, cancellationToken);
            return ContentResult.Success(latest);
        }, cancellationToken);

    /// <summary>Takes the published version offline; the latest version stays as a draft.</summary>
    public Task<ContentResult> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        RunAsync(async () =>
        {
            var published = await GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
            if (published is null || !await writer.UnpublishAsync(published, cancellationToken))
            {
                return ContentResult.Fail(ContentFailure.NotFound, new ContentError("ContentItemId", $"Item {contentItemId} has no published version."));
            }
            var context = new ContentContext(published, await definitions.GetTypeAsync(published.ContentType, cancellationToken));
            await events.RaiseAsync((h, c, t) => h.UnpublishedAsync(c, t), context, cancellationToken);
            return ContentResult.Success(published);
        }, cancellationToken);

    /// <summary>Soft-deletes an item: its versions stay in the store, none of them latest or published.</summary>
    public Task<ContentResult> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        RunAsync(async () =>
        {
            var item = await GetAsync(contentItemId, VersionOptions.Latest, cancellationToken)
                ?? await GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
            if (item is null || !await writer.RemoveAsync(item, cancellationToken))
            {
                return NotFound(contentItemId);
            }
            var context = new ContentContext(item, await definitions.GetTypeAsync(item.ContentType, cancellationToken));
            await events.RaiseAsync((h, c, t) => h.RemovedAsync(c, t), context, cancellationToken);
            return ContentResult.Success(item);
        }, cancellationToken);

    /// <summary>Makes an old version's content the new latest version (history is kept), also for a removed item.</summary>
    public Task<ContentResult> RestoreAsync(string contentItemId, string contentItemVersionId, bool publish,
        CancellationToken cancellationToken = default) =>
        RunAsync(async () =>
        {
            var old = await GetVersionAsync(contentItemVersionId, cancellationToken);
            if (old is null || old.ContentItemId != contentItemId)
            {
                return ContentResult.Fail(ContentFailure.NotFound, new ContentError("ContentItemVersionId",
                    $"Item {contentItemId} has no version {contentItemVersionId}."));
            }
            var current = await GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
            var (type, all, error) = await ResolveTypeAsync(old, cancellationToken);
            if (type is null)
            {
                return error!;
            }
            var item = old.Clone();
            item.ContentItemVersionId = "";
            item.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
            item.Author = actor.UserName;
            var context = new ContentContext(item, type);
            await events.RaiseAsync((h, c, t) => h.UpdatingAsync(c, t), context, cancellationToken);
            return await SaveVersionAsync(context, all, new VersionWrite(current?.ContentItemVersionId, publish, "Restored"),
                (h, c, t) => h.UpdatedAsync(c, t), cancellationToken);
        }, cancellationToken);

    /// <summary>Runs a change in its transaction; once a transaction of its own has committed, tells the observers.</summary>
    private async Task<ContentResult> RunAsync(Func<Task<ContentResult>> work, CancellationToken cancellationToken)
    {
        var own = db.Database.CurrentTransaction is null;
        ContentResult result;
        try
        {
            result = await StoreTransaction.RunAsync(db, work, cancellationToken);
        }
        catch
        {
            RolledBack(own);
            throw;
        }
        if (!own || !result.Succeeded)
        {
            RolledBack(own);
            return result;
        }
        foreach (var observer in observers)
        {
            await observer.CommittedAsync(cancellationToken);
        }
        return result;

        void RolledBack(bool tell)
        {
            foreach (var observer in tell ? observers : [])
            {
                observer.RolledBack();
            }
        }
    }

    internal async Task<ContentResult> SaveVersionAsync(ContentContext context, ContentDefinitionDocument all, VersionWrite write,
        Func<IContentHandler, ContentContext, CancellationToken, Task> after, CancellationToken cancellationToken)
    {
        var item = context.Item;
        var type = context.Type!;
        ApplyDisplayText(item);
        var errors = await validation.ValidateAsync(item, type, all, cancellationToken, write.Imported);
        if (errors.Count > 0)
        {
            return ContentResult.Fail(ContentFailure.Invalid, [.. errors]);
        }
        if (write.Publish)
        {
            await events.RaiseAsync((h, c, t) => h.PublishingAsync(c, t), context, cancellationToken);
        }
        if (!await writer.WriteAsync(item, type, all, write, cancellationToken))
        {
            return Stale(write.BaseVersionId!, null);
        }
        await events.RaiseAsync(after, context, cancellationToken);
        await events.RaiseAsync((h, c, t) => h.VersionedAsync(c, t), context, cancellationToken);
        if (write.Publish)
        {
            await events.RaiseAsync((h, c, t) => h.PublishedAsync(c, t), context, cancellationToken);
        }
        return ContentResult.Success(item) with { Created = write.IsNew };
    }

    internal async Task<(ContentTypeDefinition? Type, ContentDefinitionDocument All, ContentResult? Error)> ResolveTypeAsync(
        ContentItem item, CancellationToken cancellationToken)
    {
        var all = await definitions.GetAsync(cancellationToken);
        if (string.IsNullOrEmpty(item.ContentType))
        {
            return (null, all, ContentResult.Fail(ContentFailure.Invalid, new ContentError("ContentType", $"ContentType is required.")));
        }
        var type = all.FindType(item.ContentType);
        if (type is null)
        {
            return (null, all, ContentResult.Fail(ContentFailure.Invalid, new ContentError("ContentType",
                $"Content type '{item.ContentType}' is not defined.")));
        }
        item.ContentType = type.Name;
        foreach (var (member, id) in new[] { ("ContentItemId", item.ContentItemId), ("ContentItemVersionId", item.ContentItemVersionId) })
        {
            if ((id.Length > 0 && !IdGenerator.IsWellFormed(id)) || item.Data[member] is JsonValue { } raw && raw.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                return (null, all, ContentResult.Fail(ContentFailure.Invalid, new ContentError(member,
                    $"'{id}' is not an id: up to {IdGenerator.Length} letters and digits, as a string.")));
            }
        }
        return (type, all, null);
    }

    internal static void ApplyDisplayText(ContentItem item)
    {
        if (item.Part("TitlePart")?["Title"] is JsonValue title && title.TryGetValue<string>(out var text))
        {
            item.DisplayText = text;
        }
    }

    private static ContentResult NotDraftable(ContentTypeDefinition type) =>
        ContentResult.Fail(ContentFailure.Invalid, new ContentError("ContentType",
            $"{type.Name} is not draftable: its items are saved published (ContentTypeSettings.Draftable is false)."));

    private static ContentResult NotFound(string id) =>
        ContentResult.Fail(ContentFailure.NotFound, new ContentError("ContentItemId", $"Item {id} was not found."));

    private static ContentResult Stale(string baseVersionId, string? latestVersionId) =>
        ContentResult.Fail(ContentFailure.Stale, latestVersionId is null
            ? new ContentError("ContentItemVersionId", $"Version {baseVersionId} is no longer the latest version; reload and try again.")
            : new ContentError("ContentItemVersionId", $"Version {baseVersionId} is no longer the latest version (now {latestVersionId}); reload and try again."));
}
