using CrmSite.Content.Items;
using CrmSite.Content.Security;

namespace CrmSite.Forums.ContentTypes;

/// <summary>Closing or reopening a forum or topic (or creating one closed) is moderation: it needs ModerateForums.</summary>
public sealed class ForumCloseRule : IContentWriteRule
{
    public IEnumerable<Permission> RequiredPermissions(ContentItem? stored, ContentItem incoming)
    {
        if (incoming.ContentType is ForumTypes.Forum or ForumTypes.ForumTopic &&
            ForumTypes.IsClosed(incoming) != (stored is not null && ForumTypes.IsClosed(stored)))
        {
            yield return ForumPermissions.ModerateForums;
        }
    }
}
