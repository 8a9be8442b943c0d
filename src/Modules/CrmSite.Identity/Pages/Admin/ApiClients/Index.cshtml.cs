using CrmSite.Identity.OpenId;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrmSite.Identity.Pages.Admin.ApiClients;

/// <summary><c>/admin/api-clients</c> (ManageClientApplications): the clients with their roles and the dates of their secrets.</summary>
public sealed class IndexModel(ApiClientAdministration administration) : PageModel
{
    public IReadOnlyList<ApiClientSummary> Clients { get; private set; } = [];

    /// <summary>The client just deleted, named in a notice.</summary>
    public string? Deleted { get; private set; }

    public async Task OnGetAsync(string? deleted = null)
    {
        Deleted = deleted;
        Clients = await administration.ListAsync(HttpContext.RequestAborted);
    }
}
