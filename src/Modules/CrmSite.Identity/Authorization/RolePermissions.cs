using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Identity.Authorization;

/// <summary>The permissions granted to sets of roles, read once per request.</summary>
public sealed class RolePermissions(CrmSiteDbContext db)
{
    private readonly Dictionary<string, IReadOnlySet<string>> _byRoleSet = new(StringComparer.Ordinal);

    public async Task<IReadOnlySet<string>> ForRolesAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        var key = string.Join('|', roles.Order(StringComparer.Ordinal));
        if (_byRoleSet.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var normalized = roles.Select(r => r.ToUpperInvariant()).ToList();
        var permissions = await (
            from claim in db.RoleClaims
            join role in db.Roles on claim.RoleId equals role.Id
            where normalized.Contains(role.NormalizedName!) && claim.ClaimType == RoleNames.PermissionClaim
            select claim.ClaimValue!).Distinct().ToListAsync(cancellationToken);
        var set = new HashSet<string>(permissions, StringComparer.OrdinalIgnoreCase);
        _byRoleSet[key] = set;
        return set;
    }
}
