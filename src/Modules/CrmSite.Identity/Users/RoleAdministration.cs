using System.Security.Claims;
using CrmSite.Content.Audit;
using CrmSite.Content.Definitions;
using CrmSite.Content.Management;
using CrmSite.Content.Modules;
using CrmSite.Content.Security;
using CrmSite.Content.Store;
using CrmSite.Identity.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Identity.Users;

/// <summary>A role as the roles pages show it.</summary>
public sealed record RoleSummary(string Name, string? Description, IReadOnlyList<string> Permissions, string ConcurrencyStamp)
{
    /// <summary>Administrators hold every permission whatever is stored; their permissions are not edited.</summary>
    public bool HoldsEverything => string.Equals(Name, RoleNames.Administrator, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The permissions a role can be given: each module's, then the per-type forms for each content type.</summary>
public sealed record PermissionChoices(IReadOnlyList<(string Module, IReadOnlyList<Permission> Permissions)> ByModule,
    IReadOnlyList<string> ContentTypes, IReadOnlyList<Permission> PerType);

/// <summary>
/// Roles as ManageRoles sees them, with Orchard's permission names: create a role, change its description and
/// permissions (module permissions and per-type forms such as <c>EditContent_FactSheet</c>). A change names only
/// known permissions, is refused when the role changed since the page was read, clears the node's cache of role
/// permissions (other nodes follow within its lifetime) and is written to the audit trail with what changed.
/// </summary>
public sealed class RoleAdministration(RoleManager<CrmRole> roles, ModuleCatalog modules, ContentDefinitionManager definitions,
    RolePermissionCache cache, AccountAudit audit)
{
    /// <summary>The content permissions that also exist per type.</summary>
    public static readonly IReadOnlyList<Permission> PerTypePermissions =
    [
        ContentPermissions.ViewContent, ContentPermissions.PreviewContent, ContentPermissions.EditContent, ContentPermissions.EditOwnContent,
        ContentPermissions.PublishContent, ContentPermissions.PublishOwnContent, ContentPermissions.DeleteContent, ContentPermissions.DeleteOwnContent,
    ];

    public async Task<IReadOnlyList<RoleSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var list = await roles.Roles.AsNoTracking().OrderBy(r => r.NormalizedName).ToListAsync(cancellationToken);
        var summaries = new List<RoleSummary>(list.Count);
        foreach (var role in list)
        {
            summaries.Add(await SummaryAsync(role));
        }
        return summaries;
    }

    public async Task<RoleSummary?> FindAsync(string name) => await roles.FindByNameAsync(name) is { } role ? await SummaryAsync(role) : null;

    public async Task<PermissionChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        var byModule = modules.Modules.Where(m => m.Permissions.Count > 0)
            .Select(m => (m.Name, (IReadOnlyList<Permission>)[.. m.Permissions])).ToList();
        var types = (await definitions.GetAsync(cancellationToken)).ContentTypes.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        return new PermissionChoices(byModule, types, PerTypePermissions);
    }

    /// <summary>Creates a role with no permissions; the errors name the form field.</summary>
    public async Task<IReadOnlyList<ContentError>> CreateAsync(string? name, string? description, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || !name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_'))
        {
            return [new ContentError("name", $"A role name is 1 to 64 letters, digits, spaces, hyphens or underscores.")];
        }
        name = name.Trim();
        if (await roles.RoleExistsAsync(name))
        {
            return [new ContentError("name", $"There is already a role '{name}'.")];
        }
        var result = await roles.CreateAsync(new CrmRole { Name = name, Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim() });
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => ContentError.Verbatim("name", e.Description))];
        }
        await audit.RecordChangeAsync(AccountAudit.RoleChanged, actor.Identity?.Name, $"role {name}: created", cancellationToken);
        return [];
    }

    /// <summary>Replaces a role's description and permissions; the errors name the form field.</summary>
    public async Task<IReadOnlyList<ContentError>> UpdateAsync(string name, string? description, IReadOnlyCollection<string> permissions, string concurrencyStamp,
        ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            return [new ContentError("name", $"There is no role '{name}'.")];
        }
        if (role.ConcurrencyStamp != concurrencyStamp)
        {
            return [new ContentError("concurrencyStamp", $"Someone else changed this role after you opened the page; here is the role as it is now. Make your change again.")];
        }
        var known = await KnownAsync(cancellationToken);
        var unknown = permissions.Where(p => !known.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            return [.. unknown.Select(p => new ContentError("permissions", $"There is no permission '{p}'."))];
        }
        var before = await SummaryAsync(role);
        if (before.HoldsEverything && permissions.Count > 0)
        {
            return [new ContentError("permissions", $"Administrators hold every permission; theirs are not chosen one by one.")];
        }
        var add = permissions.Except(before.Permissions, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var remove = before.Permissions.Except(permissions, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var newDescription = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        var results = new List<IdentityResult>();
        if (newDescription != role.Description)
        {
            role.Description = newDescription;
            results.Add(await roles.UpdateAsync(role));
        }
        foreach (var claim in (await roles.GetClaimsAsync(role)).Where(c => c.Type == RoleNames.PermissionClaim && remove.Contains(c.Value, StringComparer.OrdinalIgnoreCase)).ToList())
        {
            results.Add(await roles.RemoveClaimAsync(role, claim));
        }
        foreach (var permission in add)
        {
            results.Add(await roles.AddClaimAsync(role, new Claim(RoleNames.PermissionClaim, permission)));
        }
        cache.Clear();
        if (results.FirstOrDefault(r => !r.Succeeded) is { } failed)
        {
            return [.. failed.Errors.Select(e => ContentError.Verbatim("permissions", e.Description))];
        }
        var parts = add.Select(p => "+" + p).Concat(remove.Select(p => "-" + p)).ToList();
        if (newDescription != before.Description)
        {
            parts.Add("description");
        }
        if (parts.Count > 0)
        {
            await audit.RecordChangeAsync(AccountAudit.RoleChanged, actor.Identity?.Name, $"role {role.Name}: {string.Join(", ", parts)}", cancellationToken);
        }
        return [];
    }

    private async Task<HashSet<string>> KnownAsync(CancellationToken cancellationToken)
    {
        var choices = await ChoicesAsync(cancellationToken);
        var known = new HashSet<string>(modules.Permissions.Keys, StringComparer.OrdinalIgnoreCase);
        known.UnionWith(choices.ContentTypes.SelectMany(t => PerTypePermissions.Select(p => ContentPermissions.ForType(p, t))));
        return known;
    }

    private async Task<RoleSummary> SummaryAsync(CrmRole role)
    {
        var permissions = (await roles.GetClaimsAsync(role)).Where(c => c.Type == RoleNames.PermissionClaim).Select(c => c.Value)
            .Order(StringComparer.Ordinal).ToList();
        return new RoleSummary(role.Name!, role.Description, permissions, role.ConcurrencyStamp ?? "");
    }
}
