using CrmSite.Identity.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrmSite.Identity.Pages.Admin;

/// <summary><c>/admin</c>: where sign-in lands (AccessAdminPanel), with the admin tools and sign-out.</summary>
public sealed class IndexModel(PasswordSignIn signIn) : PageModel
{
    public string UserName => User.Identity?.Name ?? "";

    /// <summary>Signs out here and ends the user's other sessions (the security stamp changes).</summary>
    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await signIn.SignOutAsync(HttpContext.RequestAborted);
        return RedirectToPage(AccountPages.LoginPage);
    }
}
