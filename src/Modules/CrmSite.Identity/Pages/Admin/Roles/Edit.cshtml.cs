using CrmSite.Content.Management;
using CrmSite.Identity.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrmSite.Identity.Pages.Admin.Roles;

/// <summary>
/// <c>/admin/roles/{name}</c> (ManageRoles): a role's description and permissions, module by module and per content
/// type. A role changed by someone else meanwhile is shown as it is now (409); unknown permissions are refused (422).
/// </summary>
public sealed class EditModel(RoleAdministration administration) : PageModel
{
    private IReadOnlyList<ContentError> _errors = [];

    public RoleSummary? Role { get; private set; }

    public PermissionChoices? Choices { get; private set; }

    public bool Saved { get; private set; }

    public IReadOnlyList<string> Errors(string member) => [.. _errors.Where(e => e.Member == member).Select(e => e.Message)];

    public async Task<IActionResult> OnGetAsync(string name, bool saved = false)
    {
        Saved = saved;
        return await LoadAsync(name) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string name, string? description, string[]? permissions, string? concurrencyStamp)
    {
        _errors = await administration.UpdateAsync(name, description, permissions ?? [], concurrencyStamp ?? "", User, HttpContext.RequestAborted);
        if (_errors.Count == 0)
        {
            return RedirectToPage(new { name, saved = true });
        }
        if (!await LoadAsync(name))
        {
            return NotFound();
        }
        Response.StatusCode = _errors.Any(e => e.Member == "concurrencyStamp") ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string name)
    {
        Role = await administration.FindAsync(name);
        Choices = await administration.ChoicesAsync(HttpContext.RequestAborted);
        return Role is not null;
    }
}
