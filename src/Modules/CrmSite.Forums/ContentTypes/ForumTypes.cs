using System.Text.Json.Nodes;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;

namespace CrmSite.Forums.ContentTypes;

/// <summary>
/// The forum content types (defined by <c>recipes/crm-forums.recipe.json</c>) and how they nest: a Forum lists
/// ForumTopics, a ForumTopic lists ForumReplies. Each type's own fields live in the part named after it.
/// </summary>
public static class ForumTypes
{
    public const string Forum = nameof(Forum);
    public const string ForumTopic = nameof(ForumTopic);
    public const string ForumReply = nameof(ForumReply);

    /// <summary>The BooleanField of Forum and ForumTopic that closes them to new topics and replies.</summary>
    public const string ClosedField = "Closed";

    /// <summary>The member validation errors name for where a post is contained.</summary>
    public const string ListMember = BuiltInParts.ContainedPart + ".ListContentItemId";

    /// <summary>The type a post of <paramref name="contentType"/> must be contained in, or null for other types.</summary>
    public static string? ContainerOf(string contentType) => contentType switch
    {
        ForumTopic => Forum,
        ForumReply => ForumTopic,
        _ => null,
    };

    /// <summary>The id of the item <paramref name="item"/> is contained in (its ContainedPart), or null.</summary>
    public static string? ListId(ContentItem item) =>
        item.Part(BuiltInParts.ContainedPart)?["ListContentItemId"] is JsonValue value && value.TryGetValue<string>(out var id) &&
        id.Length > 0 ? id : null;

    /// <summary>True when a Forum or ForumTopic has its Closed flag set.</summary>
    public static bool IsClosed(ContentItem item) => item.Flag(item.ContentType, ClosedField);
}
