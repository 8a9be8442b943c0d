using CrmSite.Content.Localization;
using CrmSite.Identity.SignIn;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CrmSite.Identity.Pages.Admin;

/// <summary>
/// <c>/admin/change-password</c>: a new password given the current one (the generated setup password, the first
/// time), then signed in. A wrong current password is a failed sign-in (lockout, audit, the same message); the
/// new password's problems are listed beside it. Rate-limited with the sign-in page.
/// </summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class ChangePasswordModel(PasswordSignIn signIn, IOptions<IdentityOptions> identity, IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public string? Error { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(CurrentPassword) || string.IsNullOrEmpty(NewPassword))
        {
            Error = text["Enter your user name, your current password and a new one."];
            return Page();
        }
        if (NewPassword != ConfirmPassword)
        {
            Problems = [text["The two new passwords are not the same."]];
            return Page();
        }
        var (outcome, problems) = await signIn.ChangePasswordAsync(UserName, CurrentPassword, NewPassword, signInAfter: true, HttpContext.RequestAborted);
        switch (outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(AccountUrls.SafeReturnUrl(Url, ReturnUrl));
            case SignInOutcome.MustChangePassword:
                Problems = [.. problems.Select(p => PasswordProblems.Describe(p, identity.Value.Password, text))];
                return Page();
            default:
                Error = text[PasswordSignIn.FailedMessage];
                return Page();
        }
    }
}
