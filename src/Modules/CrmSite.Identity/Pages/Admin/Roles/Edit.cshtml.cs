using CrmSite.Identity.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CrmSite.Identity.Pages.Admin.Roles;

/// <summary>
/// <c>/admin/roles/{name}</c> (ManageRoles): a role's description and permissions, module by module and per content
/// type. A role changed by someone else meanwhile is shown as it is now (409); unknown permissions are refused (422).
/// </summary>
public sealed class EditModel(RoleAdministration administration) : FormPageModel
{
    public RoleSummary? Role { get; private set; }

    public PermissionChoices? Choices { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name, bool saved = false)
    {
        Saved = saved;
        return await LoadAsync(name) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string name, string? description, string[]? permissions, string? concurrencyStamp)
    {
        if (!Refused(await administration.UpdateAsync(name, description, permissions ?? [], concurrencyStamp ?? "", User, HttpContext.RequestAborted)))
        {
            return RedirectToPage(new { name, saved = true });
        }
        return await LoadAsync(name) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string name)
    {
        Role = await administration.FindAsync(name);
        Choices = await administration.ChoicesAsync(HttpContext.RequestAborted);
        return Role is not null;
    }
}
