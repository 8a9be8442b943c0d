using CrmSite.Content.Management;
using CrmSite.Identity.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrmSite.Identity.Pages.Admin.Roles;

/// <summary><c>/admin/roles</c> (ManageRoles): the roles with their permission counts, and a form for a new role.</summary>
public sealed class IndexModel(RoleAdministration administration) : PageModel
{
    private IReadOnlyList<ContentError> _errors = [];

    public IReadOnlyList<RoleSummary> Roles { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public IReadOnlyList<string> Errors(string member) => [.. _errors.Where(e => e.Member == member).Select(e => e.Message)];

    public async Task OnGetAsync() => Roles = await administration.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        _errors = await administration.CreateAsync(Name, Description, User, HttpContext.RequestAborted);
        if (_errors.Count == 0)
        {
            return Redirect("/admin/roles/" + Uri.EscapeDataString(Name!.Trim()));
        }
        Roles = await administration.ListAsync(HttpContext.RequestAborted);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
