using CrmSite.Identity.OpenId;
using Microsoft.AspNetCore.Mvc;

namespace CrmSite.Identity.Pages.Admin.ApiClients;

/// <summary>
/// <c>/admin/api-clients/{clientId}</c> (ManageClientApplications): the name and roles, rotating the secret (the new
/// one is in the answer only) and deleting the client. A client changed by someone else meanwhile is shown as it is
/// now (409); unknown roles are refused beside their field (422).
/// </summary>
public sealed class EditModel(ApiClientAdministration administration) : FormPageModel
{
    public ApiClientSummary? Client { get; private set; }

    public IReadOnlyList<string> AssignableRoles { get; private set; } = [];

    public bool Saved { get; private set; }

    /// <summary>The new secret after a rotation, shown once.</summary>
    public string? Secret { get; private set; }

    public async Task<IActionResult> OnGetAsync(string clientId, bool saved = false)
    {
        Saved = saved;
        return await LoadAsync(clientId) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string clientId, string? displayName, string[]? roles, string? concurrencyStamp)
    {
        var errors = await administration.UpdateAsync(clientId, displayName, roles ?? [], concurrencyStamp ?? "", User, HttpContext.RequestAborted);
        if (!Refused(errors))
        {
            return RedirectToPage(new { clientId, saved = true });
        }
        return await LoadAsync(clientId) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRotateAsync(string clientId)
    {
        var result = await administration.RotateSecretAsync(clientId, User, HttpContext.RequestAborted);
        if (!Refused(result.Errors, result.Conflict))
        {
            Secret = result.Secret;
            SecretPage.NoStore(Response);
        }
        return await LoadAsync(clientId) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string clientId) =>
        await administration.DeleteAsync(clientId, User, HttpContext.RequestAborted)
            ? RedirectToPage("Index", new { deleted = clientId })
            : NotFound();

    private async Task<bool> LoadAsync(string clientId)
    {
        Client = await administration.FindAsync(clientId, HttpContext.RequestAborted);
        AssignableRoles = await administration.AssignableRolesAsync(HttpContext.RequestAborted);
        return Client is not null;
    }
}
