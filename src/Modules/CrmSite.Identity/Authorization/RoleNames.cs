namespace CrmSite.Identity.Authorization;

/// <summary>The built-in roles. Anonymous and Authenticated are never assigned: they apply to every caller of that kind.</summary>
public static class RoleNames
{
    public const string Administrator = "Administrator";
    public const string Anonymous = "Anonymous";
    public const string Authenticated = "Authenticated";

    /// <summary>The claim type of a role's permission, as Orchard Core stores it.</summary>
    public const string PermissionClaim = "Permission";
}
