using CrmSite.Content.Localization;
using CrmSite.Identity.SignIn;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CrmSite.Identity.Pages.Admin;

/// <summary>
/// <c>/admin/login</c>: a plain form (no script). One message for every failure, a locked account included; a
/// setup-generated password leads to the password page first; <c>returnUrl</c> is followed only when it is a path on
/// this site. POSTs need the antiforgery token (400 without) and are rate-limited per address (429).
/// </summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class LoginModel(PasswordSignIn signIn, IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = text["Enter your user name and password."];
            return Page();
        }
        switch (await signIn.SignInAsync(UserName, Password, HttpContext.RequestAborted))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(AccountUrls.SafeReturnUrl(Url, ReturnUrl));
            case SignInOutcome.MustChangePassword:
                return RedirectToPage(AccountPages.ChangePasswordPage, new { userName = UserName, returnUrl = AccountUrls.SafeReturnUrl(Url, ReturnUrl), required = true });
            default:
                Error = text[PasswordSignIn.FailedMessage];
                return Page();
        }
    }
}
