namespace CrmSite.Content.Security;

/// <summary>
/// A named permission (Orchard's names where Orchard has one). Holding any of <see cref="ImpliedBy"/> grants it too.
/// A <see cref="ChapterScoped"/> one, asked about an item that belongs to chapters, also needs a chapter scope for
/// one of them (as writes to content do).
/// </summary>
public sealed record Permission(string Name, string Description, IReadOnlyList<Permission>? ImpliedBy = null, bool ChapterScoped = false)
{
    /// <summary>The policy name that endpoints use to require this permission.</summary>
    public string Policy => PermissionPolicy.Prefix + Name;
}
