namespace CrmSite.Content.Security;

/// <summary>A named permission (Orchard's names where Orchard has one). Holding any of <see cref="ImpliedBy"/> grants it too.</summary>
public sealed record Permission(string Name, string Description, IReadOnlyList<Permission>? ImpliedBy = null)
{
    /// <summary>The policy name that endpoints use to require this permission.</summary>
    public string Policy => PermissionPolicy.Prefix + Name;
}
