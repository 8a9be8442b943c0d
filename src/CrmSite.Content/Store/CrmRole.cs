using Microsoft.AspNetCore.Identity;

namespace CrmSite.Content.Store;

/// <summary>A role; its permissions are role claims of type <c>Permission</c>, as in Orchard Core.</summary>
public sealed class CrmRole : IdentityRole
{
    public string? Description { get; set; }
}
