using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Forums.ContentTypes;

/// <summary>
/// Where forum posts go. A topic must be contained in a Forum and a reply in a ForumTopic, always (imports too).
/// Nothing new may join a closed forum or topic: a new topic in a closed forum, a new reply in a closed topic or in
/// a topic of a closed forum are refused, and so is a post moved into one. A post edited where it already is stays
/// editable, so moderators can correct posts of closed threads. Imports restore threads as they were recorded, so
/// the closed rules do not apply to them.
/// </summary>
public sealed class ForumPostValidator(ContentReader reader) : IContentValidator
{
    public async Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        var post = context.Item;
        if (ForumTypes.ContainerOf(context.Type.Name) is not { } containerType)
        {
            return;
        }
        var container = await FindContainerAsync(context, containerType, cancellationToken);
        if (container is null || context.Imported || await StaysWhereItIsAsync(post, container, cancellationToken))
        {
            return;
        }
        if (ForumTypes.IsClosed(await PublishedOrLatestAsync(container, cancellationToken)))
        {
            if (containerType == ForumTypes.Forum)
            {
                context.AddError(ForumTypes.ListMember, $"The forum '{container.DisplayText}' is closed to new topics. Post the topic in an open forum, or ask a forum moderator to reopen this one.");
            }
            else
            {
                context.AddError(ForumTypes.ListMember, $"The topic '{container.DisplayText}' is closed to new replies. Reply in an open topic, or ask a forum moderator to reopen this one.");
            }
            return;
        }
        if (containerType == ForumTypes.ForumTopic && ForumTypes.ListId(container) is { } forumId &&
            await reader.GetAsync(forumId, VersionOptions.Latest, cancellationToken) is { } forum &&
            ForumTypes.IsClosed(await PublishedOrLatestAsync(forum, cancellationToken)))
        {
            context.AddError(ForumTypes.ListMember,
                $"The topic '{container.DisplayText}' is in the forum '{forum.DisplayText}', which is closed to new replies. Reply in a topic of an open forum, or ask a forum moderator to reopen the forum.");
        }
    }

    /// <summary>The latest version of the item the post is contained in, or null (with an error) when it is not a <paramref name="containerType"/>.</summary>
    private async Task<ContentItem?> FindContainerAsync(ContentValidationContext context, string containerType,
        CancellationToken cancellationToken)
    {
        var kind = context.Type.Name == ForumTypes.ForumTopic ? "A topic" : "A reply";
        var listId = ForumTypes.ListId(context.Item);
        if (listId is null)
        {
            context.AddError(ForumTypes.ListMember,
                $"{kind} must be posted in a {containerType}: set {ForumTypes.ListMember} to the id of the {containerType}.");
            return null;
        }
        if (!IdGenerator.IsWellFormed(listId))
        {
            // The ContainedPart's own rule reports the malformed id.
            return null;
        }
        var container = await reader.GetAsync(listId, VersionOptions.Latest, cancellationToken);
        // Any other item is answered as if it did not exist: the message must not tell what type an id has.
        if (container is null || container.ContentType != containerType)
        {
            context.AddError(ForumTypes.ListMember,
                $"There is no {containerType} '{listId}': {kind.ToLowerInvariant()} must be posted in a {containerType}; set {ForumTypes.ListMember} to the id of an existing {containerType}.");
            return null;
        }
        return container;
    }

    /// <summary>
    /// The version whose Closed flag counts: the published one (a moderator's unpublished draft neither closes nor
    /// reopens), or the latest while nothing is published.
    /// </summary>
    private async Task<ContentItem> PublishedOrLatestAsync(ContentItem latest, CancellationToken cancellationToken) =>
        latest.Published ? latest : await reader.GetAsync(latest.ContentItemId, VersionOptions.Published, cancellationToken) ?? latest;

    /// <summary>True when the post is already stored in <paramref name="container"/> (an edit in place, not a new or moved post).</summary>
    private async Task<bool> StaysWhereItIsAsync(ContentItem post, ContentItem container, CancellationToken cancellationToken) =>
        IdGenerator.IsWellFormed(post.ContentItemId) &&
        await reader.GetAsync(post.ContentItemId, VersionOptions.Latest, cancellationToken) is { } stored &&
        stored.ContentType == post.ContentType && ForumTypes.ListId(stored) == container.ContentItemId;
}
