using System.Security.Claims;
using CrmSite.Content.Items;
using CrmSite.Content.Modules;
using CrmSite.Content.Security;
using Microsoft.AspNetCore.Authorization;

namespace CrmSite.Identity.Authorization;

/// <summary>
/// The one authorizer. A caller holds a permission when one of its roles grants it (Anonymous for callers without
/// a sign-in, Authenticated for every signed-in one), grants a permission implying it, grants its per-type form
/// (<c>EditContent_FactSheet</c>) for the item's type, or grants its "own" form for an item the caller owns.
/// Writes to content that belongs to chapters, and chapter-scoped permissions asked about such content, also need a
/// chapter scope for one of them. Every permission on an item of a restricted type (<see cref="ContentTypeGuard"/>)
/// also needs the type's guard permission. Administrators hold all.
/// </summary>
public sealed class PermissionAuthorizer(RolePermissions rolePermissions, ModuleCatalog modules, ContentTypeGuards guards)
    : AuthorizationHandler<PermissionRequirement>
{
    private static readonly HashSet<string> ScopedPermissions = new(StringComparer.OrdinalIgnoreCase)
    {
        "EditContent", "EditOwnContent", "PublishContent", "PublishOwnContent", "DeleteContent", "DeleteOwnContent",
    };

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var user = context.User;
        var roles = EffectiveRoles(user);
        if (roles.Contains(RoleNames.Administrator))
        {
            context.Succeed(requirement);
            return;
        }
        var granted = await rolePermissions.ForRolesAsync(roles);
        var item = context.Resource as ContentItem;
        if (Holds(granted, requirement.PermissionName, item, user, depth: 0) &&
            (item is null || !IsScoped(requirement.PermissionName) || InScope(item, user)) &&
            (item is null || guards.For(item.ContentType) is not { } guard || Holds(granted, guard.Name, item, user, depth: 0)))
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>The roles that apply to <paramref name="user"/>, including Anonymous or Authenticated.</summary>
    public static IReadOnlyCollection<string> EffectiveRoles(ClaimsPrincipal user)
    {
        var roles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var claim in user.Claims.Where(c => c.Type is ClaimTypes.Role or "role"))
        {
            roles.Add(claim.Value);
        }
        roles.Add(user.Identity?.IsAuthenticated == true ? RoleNames.Authenticated : RoleNames.Anonymous);
        return roles;
    }

    private bool Holds(IReadOnlySet<string> granted, string name, ContentItem? item, ClaimsPrincipal user, int depth)
    {
        if (depth > 4)
        {
            return false;
        }
        if (granted.Contains(name) ||
            (item is not null && granted.Contains($"{name}_{item.ContentType}")) ||
            (item is null && granted.Any(g => g.StartsWith(name + "_", StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }
        if (!modules.Permissions.TryGetValue(name, out var permission))
        {
            return false;
        }
        if (item is not null && ContentPermissions.OwnFormOf(permission) is { } own && IsOwner(item, user) &&
            Holds(granted, own.Name, item, user, depth + 1))
        {
            return true;
        }
        return permission.ImpliedBy?.Any(p => Holds(granted, p.Name, item, user, depth + 1)) == true;
    }

    private bool IsScoped(string name) =>
        ScopedPermissions.Contains(name) || (modules.Permissions.TryGetValue(name, out var permission) && permission.ChapterScoped);

    private static bool IsOwner(ContentItem item, ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && item.Owner is { Length: > 0 } owner &&
        (owner == user.FindFirstValue(ClaimTypes.NameIdentifier) || owner == user.FindFirstValue("sub"));

    private static bool InScope(ContentItem item, ClaimsPrincipal user)
    {
        var chapters = ChapterScope.ChaptersOf(item);
        if (chapters.Count == 0)
        {
            return true;
        }
        var scopes = user.FindAll(ChapterScope.ClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return chapters.Any(scopes.Contains);
    }
}
