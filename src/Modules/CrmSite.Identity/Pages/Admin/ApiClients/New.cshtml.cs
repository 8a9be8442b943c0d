using CrmSite.Identity.OpenId;
using Microsoft.AspNetCore.Mvc;

namespace CrmSite.Identity.Pages.Admin.ApiClients;

/// <summary>
/// <c>/admin/api-clients/new</c> (ManageClientApplications): a client id, a name and roles. The generated secret is
/// in the answer to the POST and nowhere else (no redirect: it would have to be kept somewhere to be shown after it);
/// a client id already taken is answered 409, other errors 422, beside their field.
/// </summary>
public sealed class NewModel(ApiClientAdministration administration) : FormPageModel
{
    public IReadOnlyList<string> AssignableRoles { get; private set; } = [];

    public string? ClientId { get; private set; }

    public string? DisplayName { get; private set; }

    public IReadOnlyCollection<string> Roles { get; private set; } = [];

    /// <summary>The new client's secret, shown once.</summary>
    public string? Secret { get; private set; }

    public async Task OnGetAsync() => AssignableRoles = await administration.AssignableRolesAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(string? clientId, string? displayName, string[]? roles)
    {
        (ClientId, DisplayName, Roles) = (clientId, displayName, roles ?? []);
        var result = await administration.CreateAsync(clientId, displayName, Roles, User, HttpContext.RequestAborted);
        if (!Refused(result.Errors, result.Conflict))
        {
            Secret = result.Secret;
            SecretPage.NoStore(Response);
        }
        AssignableRoles = await administration.AssignableRolesAsync(HttpContext.RequestAborted);
        return Page();
    }
}
