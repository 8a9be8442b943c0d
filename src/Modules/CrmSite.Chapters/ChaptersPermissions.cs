using CrmSite.Content.Security;

namespace CrmSite.Chapters;

/// <summary>The Chapters module's permissions.</summary>
public static class ChaptersPermissions
{
    /// <summary>
    /// Individual members are personal data: without this permission a caller sees no Member item on any surface,
    /// whatever else it may do with content.
    /// </summary>
    public static readonly Permission ViewMembers = new("ViewMembers", "View individual members and their contact details (personal data)");

    public static readonly IReadOnlyList<Permission> All = [ViewMembers];
}
