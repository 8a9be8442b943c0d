using CrmSite.Content.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CrmSite.Identity.SignIn;

/// <summary>
/// What is wrong with a new password, in the admin's language: ASP.NET Identity's password rules by their codes,
/// with the site's settings; any other error as Identity describes it. The account API keeps Identity's English.
/// </summary>
public static class PasswordProblems
{
    public static string Describe(IdentityError error, PasswordOptions rules, IStringLocalizer<AdminText> text) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => text["The new password is shorter than {0} characters.", rules.RequiredLength],
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => text["The new password needs a character that is neither a letter nor a digit."],
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => text["The new password needs a digit (0-9)."],
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => text["The new password needs a lower-case letter (a-z)."],
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => text["The new password needs an upper-case letter (A-Z)."],
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => text["The new password needs at least {0} different characters.", rules.RequiredUniqueChars],
        _ => error.Description,
    };
}
