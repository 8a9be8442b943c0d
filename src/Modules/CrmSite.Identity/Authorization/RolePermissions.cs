using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Identity.Authorization;

/// <summary>The permissions granted to a set of roles, from the node's short-lived cache or the store.</summary>
public sealed class RolePermissions(CrmSiteDbContext db, RolePermissionCache cache)
{
    public async Task<IReadOnlySet<string>> ForRolesAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        var key = string.Join('|', roles.Select(r => r.ToUpperInvariant()).Order(StringComparer.Ordinal));
        if (cache.TryGet(key, out var cached))
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
        cache.Set(key, set);
        return set;
    }
}
