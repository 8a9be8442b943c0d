using CrmSite.Identity.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CrmSite.Identity.Pages.Admin.Users;

/// <summary>
/// <c>/admin/users/{id}</c> (ManageUsers): roles, chapter scopes and enabled/disabled. Errors are shown beside their
/// fieldset; a user changed by someone else meanwhile is shown as it is now, with a message, and nothing is written.
/// </summary>
public sealed class EditModel(UserAdministration administration) : FormPageModel
{
    public UserSummary? Account { get; private set; }

    public IReadOnlyList<string> AssignableRoles { get; private set; } = [];

    public IReadOnlyList<ChapterChoice> Chapters { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, bool saved = false)
    {
        Saved = saved;
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string id, string[]? roles, string[]? chapterScopes, bool enabled, string? concurrencyStamp)
    {
        var errors = await administration.UpdateAsync(id, new UserChange(roles ?? [], chapterScopes ?? [], enabled, concurrencyStamp ?? ""), User,
            HttpContext.RequestAborted);
        if (!Refused(errors))
        {
            return RedirectToPage(new { id, saved = true });
        }
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string id)
    {
        Account = await administration.FindAsync(id);
        AssignableRoles = await administration.AssignableRolesAsync(HttpContext.RequestAborted);
        Chapters = await administration.ChaptersAsync(HttpContext.RequestAborted);
        return Account is not null;
    }
}
