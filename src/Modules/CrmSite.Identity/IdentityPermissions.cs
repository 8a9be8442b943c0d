using CrmSite.Content.Security;

namespace CrmSite.Identity;

/// <summary>Permissions of users, roles and API clients, with Orchard's names.</summary>
public static class IdentityPermissions
{
    public static readonly Permission ManageUsers = new("ManageUsers", "Manage users");
    public static readonly Permission ManageRoles = new("ManageRoles", "Manage roles");
    public static readonly Permission AccessAdminPanel = new("AccessAdminPanel", "Access the admin panel");
    public static readonly Permission ManageClientApplications = new("ManageClientApplications", "Manage API client applications");

    public static readonly IReadOnlyList<Permission> All = [ManageUsers, ManageRoles, AccessAdminPanel, ManageClientApplications];
}
