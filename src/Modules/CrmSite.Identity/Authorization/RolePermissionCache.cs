using System.Collections.Concurrent;

namespace CrmSite.Identity.Authorization;

/// <summary>
/// The permissions of each set of roles, kept for a few seconds on this node so that reads do not query the roles
/// on every request. A role change on this node clears it at once; other nodes see it within <see cref="Lifetime"/>.
/// </summary>
public sealed class RolePermissionCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, (IReadOnlySet<string> Permissions, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string roleSet, out IReadOnlySet<string> permissions)
    {
        if (_entries.TryGetValue(roleSet, out var entry) && entry.Expires > clock.GetUtcNow())
        {
            permissions = entry.Permissions;
            return true;
        }
        permissions = default!;
        return false;
    }

    public void Set(string roleSet, IReadOnlySet<string> permissions) =>
        _entries[roleSet] = (permissions, clock.GetUtcNow() + Lifetime);

    public void Clear() => _entries.Clear();
}
