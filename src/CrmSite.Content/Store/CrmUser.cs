using Microsoft.AspNetCore.Identity;

namespace CrmSite.Content.Store;

/// <summary>A user of the site. Users live in the content store so that a change, its author and its audit commit together.</summary>
public sealed class CrmUser : IdentityUser
{
    /// <summary>Set for a generated administrator password: the user must choose a new one at first sign-in.</summary>
    public bool MustChangePassword { get; set; }
}
