using Microsoft.AspNetCore.Authorization;

namespace CrmSite.Content.Security;

/// <summary>Requires the named permission, optionally for a resource (a content item) given to the authorizer.</summary>
public sealed record PermissionRequirement(string PermissionName) : IAuthorizationRequirement
{
    public PermissionRequirement(Permission permission) : this(permission.Name)
    {
    }
}
