using System.Text.Json.Nodes;
using CrmSite.Content.Api;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Parts;
using CrmSite.Content.Security;

namespace CrmSite.Content.Management;

/// <summary>
/// The one way the APIs (REST, GraphQL) change content for a caller: each change is authorized against the stored
/// latest and published versions and against the change itself (so an edit cannot move an item into a chapter or
/// type the caller has no rights on), chapter scopes included, and every module's <see cref="IContentWriteRule"/>
/// is asked; only then does <see cref="ContentManager"/> write it. Failures come back as results, never thrown.
/// </summary>
public sealed class ContentWrites(ContentManager content, ContentAuthorization authorization, ContentActor actor,
    ContentDefinitionManager definitions, IEnumerable<IContentWriteRule> rules)
{
    /// <summary>
    /// Creates <paramref name="item"/>, or saves it as a new version when an item with its id exists; published, or
    /// as a draft. Needs EditContent (and PublishContent to publish or to set a PublishLaterPart schedule).
    /// </summary>
    /// <param name="item">The item in Orchard's JSON shape, new (no id, or an id not yet used) or a change of a stored one.</param>
    /// <param name="baseVersionId">
    /// The version the change was made from (e.g. an If-Match header); when null, the item's own
    /// ContentItemVersionId, and without one the latest version as authorized here. A base that is no longer the
    /// latest fails as <see cref="ContentFailure.Stale"/>.
    /// </param>
    /// <param name="publish">Whether the saved version is published; otherwise it is a draft.</param>
    /// <param name="cancellationToken">Cancels the change.</param>
    public async Task<ContentResult> SaveAsync(ContentItem item, string? baseVersionId, bool publish, CancellationToken cancellationToken = default)
    {
        // Checked before the id reaches a query: PostgreSQL refuses some strings (NUL) outright.
        var rawId = item.Data["ContentItemId"];
        var idIsUsable = rawId is null ||
            (rawId is JsonValue value && value.TryGetValue<string>(out var id) && (id.Length == 0 || IdGenerator.IsWellFormed(id)));
        if (!idIsUsable)
        {
            return ContentResult.Fail(ContentFailure.Invalid,
                new ContentError("ContentItemId", $"ContentItemId must be a string of up to {IdGenerator.Length} letters and digits."));
        }
        // A schedule is a promise to publish: it needs the publish permission as much as publishing now does.
        var needsPublish = publish || PublishLater.IsScheduled(item);
        var existing = string.IsNullOrEmpty(item.ContentItemId)
            ? null
            : await content.GetAsync(item.ContentItemId, VersionOptions.Latest, cancellationToken);
        return existing is null
            ? await CreateAsync(item, publish, needsPublish, cancellationToken)
            : await UpdateAsync(item, existing, baseVersionId, publish, needsPublish, cancellationToken);
    }

    /// <summary>
    /// Publishes the latest version; needs PublishContent on it and on the published version it replaces. When
    /// <paramref name="expectedVersionId"/> is given and is no longer the latest version, the publish is stale.
    /// </summary>
    public Task<ContentResult> PublishAsync(string contentItemId, string? expectedVersionId = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(contentItemId, ContentPermissions.PublishContent, (id, token) => content.PublishAsync(id, expectedVersionId, token), cancellationToken);

    /// <summary>Takes the published version offline; needs PublishContent on the latest and the published version.</summary>
    public Task<ContentResult> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        ChangeAsync(contentItemId, ContentPermissions.PublishContent, content.UnpublishAsync, cancellationToken);

    /// <summary>Removes the item (soft delete); needs DeleteContent on the latest and the published version.</summary>
    public Task<ContentResult> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        ChangeAsync(contentItemId, ContentPermissions.DeleteContent, content.RemoveAsync, cancellationToken);

    /// <summary>
    /// Makes an old version's content the item's new latest version, as a draft or published. Checked as an edit
    /// (and a publish) of the latest version and of the restored content, so an editor cannot bring back a version
    /// that belongs to a chapter they are not scoped to.
    /// </summary>
    public async Task<ContentResult> RestoreAsync(string contentItemId, string contentItemVersionId, bool publish,
        CancellationToken cancellationToken = default)
    {
        var old = IdGenerator.IsWellFormed(contentItemVersionId) ? await content.GetVersionAsync(contentItemVersionId, cancellationToken) : null;
        if (old is null || old.ContentItemId != contentItemId)
        {
            return ContentResult.Fail(ContentFailure.NotFound, new ContentError("contentItemVersionId",
                $"Item {contentItemId} has no version {contentItemVersionId}."));
        }
        var latest = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        var live = publish ? await content.GetAsync(contentItemId, VersionOptions.Published, cancellationToken) : null;
        var incoming = old.Clone();
        incoming.Owner = latest?.Owner ?? old.Owner;
        var denied = await authorization.CheckWriteAsync(ContentPermissions.EditContent, latest, incoming) ??
            (publish ? await authorization.CheckWriteAsync(ContentPermissions.PublishContent, latest, incoming, live) : null) ??
            await CheckRulesAsync(latest, incoming, publish);
        return denied ?? await content.RestoreAsync(contentItemId, contentItemVersionId, publish, cancellationToken);
    }

    private async Task<ContentResult> CreateAsync(ContentItem item, bool publish, bool needsPublish, CancellationToken cancellationToken)
    {
        // Rules and per-type permissions see the type as defined ("ForumTopic"), whatever case the body used.
        if (await definitions.GetTypeAsync(item.ContentType, cancellationToken) is { } type)
        {
            item.ContentType = type.Name;
        }
        item.Owner = actor.UserId ?? actor.UserName;
        var denied = await authorization.CheckWriteAsync(ContentPermissions.EditContent, item) ??
            (needsPublish ? await authorization.CheckWriteAsync(ContentPermissions.PublishContent, item) : null) ??
            await CheckRulesAsync(null, item, needsPublish);
        return denied ?? await content.CreateAsync(item, publish, cancellationToken);
    }

    private async Task<ContentResult> UpdateAsync(ContentItem item, ContentItem existing, string? baseVersionId, bool publish,
        bool needsPublish, CancellationToken cancellationToken)
    {
        // The change is checked as it will be stored (its chapters may differ from the stored version's), and so
        // are the versions it replaces.
        var incoming = item.Clone();
        incoming.ContentType = existing.ContentType;
        incoming.Owner = existing.Owner;
        var live = needsPublish ? await content.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken) : null;
        var denied = await authorization.CheckWriteAsync(ContentPermissions.EditContent, existing, incoming) ??
            (needsPublish ? await authorization.CheckWriteAsync(ContentPermissions.PublishContent, existing, incoming, live) : null) ??
            await CheckRulesAsync(existing, incoming, needsPublish);
        if (denied is not null)
        {
            return denied;
        }
        // Without a base the change applies to the latest version as authorised above: if another write lands in
        // between, this one is stale rather than replacing a version nobody checked.
        baseVersionId ??= NullIfEmpty(item.ContentItemVersionId) ?? existing.ContentItemVersionId;
        return await content.UpdateAsync(item, baseVersionId, publish, cancellationToken);
    }

    /// <summary>Removes, publishes or unpublishes, with the permission checked on both the latest and the published version.</summary>
    private async Task<ContentResult> ChangeAsync(string contentItemId, Permission permission,
        Func<string, CancellationToken, Task<ContentResult>> change, CancellationToken cancellationToken)
    {
        if (!IdGenerator.IsWellFormed(contentItemId))
        {
            return NotFound(contentItemId);
        }
        var latest = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        var published = await content.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
        if (latest is null && published is null)
        {
            return NotFound(contentItemId);
        }
        return await authorization.CheckWriteAsync(permission, latest, published) ??
            (permission == ContentPermissions.PublishContent && latest is not null ? await CheckPublishRulesAsync(latest) : null) ??
            await change(contentItemId, cancellationToken);
    }

    private async Task<ContentResult?> CheckRulesAsync(ContentItem? stored, ContentItem incoming, bool publish)
    {
        foreach (var permission in rules.SelectMany(r => r.RequiredPermissions(stored, incoming)).Distinct())
        {
            if (await authorization.CheckWriteAsync(permission, incoming) is { } denied)
            {
                return denied;
            }
        }
        return publish ? await CheckPublishRulesAsync(incoming) : null;
    }

    private async Task<ContentResult?> CheckPublishRulesAsync(ContentItem item)
    {
        foreach (var permission in rules.SelectMany(r => r.RequiredToPublish(item)).Distinct())
        {
            if (await authorization.CheckWriteAsync(permission, item) is { } denied)
            {
                return denied;
            }
        }
        return null;
    }

    private static ContentResult NotFound(string contentItemId) =>
        ContentResult.Fail(ContentFailure.NotFound, new ContentError("contentItemId", $"Item {contentItemId} was not found."));

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;
}
