using System.Security.Claims;
using CrmSite.Content.Modules;
using CrmSite.Content.Recipes;
using CrmSite.Content.Store;
using CrmSite.Identity.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CrmSite.Identity.Recipes;

/// <summary>
/// <c>Roles</c>: <c>Roles:[{Name, Description, Permissions, PermissionBehavior: Replace|Add|Remove}]</c>, Replace
/// by default. Permission names are checked against the modules' permissions (per-type forms included).
/// </summary>
public sealed class RolesStep(RoleManager<CrmRole> roles, ModuleCatalog modules, RolePermissionCache cache) : IRecipeStep
{
    private static readonly string[] Behaviors = ["Replace", "Add", "Remove"];

    public string Name => "Roles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var entry in StepJson.Array(context.Step, "Roles"))
        {
            var name = StepJson.Text(entry, "Name");
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeException("every role needs a Name.");
            }
            var behavior = StepJson.Text(entry, "PermissionBehavior") ?? "Replace";
            behavior = Behaviors.FirstOrDefault(b => b.Equals(behavior, StringComparison.OrdinalIgnoreCase)) ?? behavior;
            if (behavior is not ("Replace" or "Add" or "Remove"))
            {
                throw new RecipeException($"role '{name}': PermissionBehavior '{behavior}' is not Replace, Add or Remove.");
            }
            var permissions = StepJson.Names(entry, "Permissions").ToList();
            foreach (var unknown in permissions.Where(p => !IsKnown(p)))
            {
                context.AddWarning($"role '{name}': permission '{unknown}' is not defined by any CrmSite module.");
            }

            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                role = new CrmRole { Name = name, Description = StepJson.Text(entry, "Description") };
                (await roles.CreateAsync(role)).ThrowIfFailed($"role '{name}'");
            }
            else if (StepJson.Text(entry, "Description") is { } description && description != role.Description)
            {
                role.Description = description;
                (await roles.UpdateAsync(role)).ThrowIfFailed($"role '{name}'");
            }
            await ApplyAsync(role, behavior, permissions);
        }
        cache.Clear();
    }

    private async Task ApplyAsync(CrmRole role, string behavior, List<string> permissions)
    {
        var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == RoleNames.PermissionClaim).ToList();
        var held = current.Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        IEnumerable<Claim> remove = behavior switch
        {
            "Replace" => current.Where(c => !permissions.Contains(c.Value, StringComparer.OrdinalIgnoreCase)),
            "Remove" => current.Where(c => permissions.Contains(c.Value, StringComparer.OrdinalIgnoreCase)),
            _ => [],
        };
        foreach (var claim in remove.ToList())
        {
            (await roles.RemoveClaimAsync(role, claim)).ThrowIfFailed($"role '{role.Name}'");
        }
        if (behavior != "Remove")
        {
            foreach (var permission in permissions.Where(p => !held.Contains(p)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                (await roles.AddClaimAsync(role, new Claim(RoleNames.PermissionClaim, permission))).ThrowIfFailed($"role '{role.Name}'");
            }
        }
    }

    private bool IsKnown(string permission) =>
        modules.Permissions.ContainsKey(permission) ||
        (permission.IndexOf('_', StringComparison.Ordinal) is var at and > 0 && modules.Permissions.ContainsKey(permission[..at]));
}
