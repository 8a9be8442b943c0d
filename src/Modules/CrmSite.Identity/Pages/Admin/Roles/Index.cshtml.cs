using CrmSite.Identity.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CrmSite.Identity.Pages.Admin.Roles;

/// <summary><c>/admin/roles</c> (ManageRoles): the roles with their permission counts, and a form for a new role.</summary>
public sealed class IndexModel(RoleAdministration administration) : FormPageModel
{
    public IReadOnlyList<RoleSummary> Roles { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public async Task OnGetAsync() => Roles = await administration.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Refused(await administration.CreateAsync(Name, Description, User, HttpContext.RequestAborted)))
        {
            return Redirect("/admin/roles/" + Uri.EscapeDataString(Name!.Trim()));
        }
        Roles = await administration.ListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
