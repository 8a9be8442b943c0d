using CrmSite.Content.Items;

namespace CrmSite.Content.Security;

/// <summary>
/// A module's say in who may make a change: the permissions a change needs beyond editing the item (closing a
/// forum needs ModerateForums, say). Write endpoints ask every rule and check each permission on the change.
/// </summary>
public interface IContentWriteRule
{
    /// <param name="stored">The latest stored version, or null for a new item.</param>
    /// <param name="incoming">The change as it will be stored.</param>
    IEnumerable<Permission> RequiredPermissions(ContentItem? stored, ContentItem incoming);

    /// <summary>The permissions publishing <paramref name="item"/> needs beyond PublishContent (none by default).</summary>
    IEnumerable<Permission> RequiredToPublish(ContentItem item) => [];
}
