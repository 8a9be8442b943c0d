using CrmSite.Identity.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrmSite.Identity.Pages.Admin.Users;

/// <summary><c>/admin/users</c> (ManageUsers): users with their roles, chapter scopes and status, found by name or e-mail.</summary>
public sealed class IndexModel(UserAdministration administration) : PageModel
{
    private Dictionary<string, string> _chapters = [];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public string ChapterName(string id) => _chapters.GetValueOrDefault(id, id);

    public async Task OnGetAsync()
    {
        Users = await administration.ListAsync(Q, HttpContext.RequestAborted);
        _chapters = (await administration.ChaptersAsync(HttpContext.RequestAborted)).ToDictionary(c => c.ContentItemId, c => c.DisplayText);
    }
}
