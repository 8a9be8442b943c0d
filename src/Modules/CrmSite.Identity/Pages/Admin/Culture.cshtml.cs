using System.Security.Claims;
using CrmSite.Content.Localization;
using CrmSite.Content.Store;
using CrmSite.Identity.Recipes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrmSite.Identity.Pages.Admin;

/// <summary>
/// <c>/admin/culture</c>: the admin's language, English or Urdu. A signed-in user's choice is kept with their account
/// (a user claim, so it follows them to another browser); before signing in it is kept in a cookie. Open to everyone,
/// so the sign-in page can be read in Urdu; the switch in every admin layout posts here.
/// </summary>
public sealed class CultureModel(UserManager<CrmUser> users, SignInManager<CrmUser> signIn, IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Culture { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!AdminCulture.IsSupported(Culture))
        {
            Error = text["Choose English or Urdu."];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        Response.Cookies.Append(AdminCulture.CookieName, AdminCulture.CookieValue(Culture!), new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            HttpOnly = true,
            Secure = Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
        {
            await KeepForUserAsync(user, Culture!);
        }
        return LocalRedirect(AccountUrls.SafeReturnUrl(Url, ReturnUrl));
    }

    private async Task KeepForUserAsync(CrmUser user, string culture)
    {
        var kept = (await users.GetClaimsAsync(user)).Where(c => c.Type == AdminCulture.ClaimType).ToList();
        if (kept.Count == 1 && kept[0].Value == culture)
        {
            return;
        }
        if (kept.Count > 0)
        {
            (await users.RemoveClaimsAsync(user, kept)).ThrowIfFailed("the admin language");
        }
        (await users.AddClaimAsync(user, new Claim(AdminCulture.ClaimType, culture))).ThrowIfFailed("the admin language");
        // The sign-in cookie carries the user's claims: issue it again so the choice applies from the next page on.
        await signIn.RefreshSignInAsync(user);
    }
}
