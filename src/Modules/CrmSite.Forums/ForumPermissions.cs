using CrmSite.Content.Security;

namespace CrmSite.Forums;

/// <summary>The permissions of the forums.</summary>
public static class ForumPermissions
{
    // Deliberately implied by nothing: implied by EditContent, the authorizer's "own" rule would let an author who
    // holds EditOwnContent moderate their own topic.
    public static readonly Permission ModerateForums = new("ModerateForums",
        "Moderate forums: close and reopen forums and topics, edit others' posts");

    public static readonly IReadOnlyList<Permission> All = [ModerateForums];
}
