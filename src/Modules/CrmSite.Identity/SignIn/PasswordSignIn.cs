using CrmSite.Content.Audit;
using CrmSite.Content.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace CrmSite.Identity.SignIn;

/// <summary>What a sign-in attempt came to.</summary>
public enum SignInOutcome
{
    SignedIn,

    /// <summary>Unknown user, wrong password, locked or disabled account: one answer for all, so none can be told apart.</summary>
    Failed,

    /// <summary>The password was right but was generated at setup: a new one must be chosen before signing in.</summary>
    MustChangePassword,
}

/// <summary>
/// Sign-in with a user name and password, for the sign-in page and <c>/api/account</c> alike: lockout after five
/// failures (Identity's counter), one answer for every kind of failure (an unknown user costs a password hash too,
/// so timing does not tell either), and every attempt in the audit trail without the password.
/// </summary>
public sealed class PasswordSignIn(SignInManager<CrmUser> signIn, AccountAudit audit, IHttpContextAccessor accessor)
{
    // A hash of a random password: verifying against it makes an unknown user cost what a known one does.
    private static readonly string UnknownUserHash = new PasswordHasher<CrmUser>().HashPassword(new CrmUser(), Guid.NewGuid().ToString("N"));

    public const string FailedMessage = "The user name or password is wrong.";

    public async Task<SignInOutcome> SignInAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        var user = await signIn.UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new CrmUser(), UnknownUserHash, password);
            await audit.RecordAsync(AccountAudit.SignInFailed, userName, RemoteAddress, cancellationToken);
            return SignInOutcome.Failed;
        }
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            await audit.RecordAsync(AccountAudit.SignInFailed, userName, RemoteAddress, cancellationToken);
            return SignInOutcome.Failed;
        }
        if (user.MustChangePassword)
        {
            return SignInOutcome.MustChangePassword;
        }
        await signIn.SignInAsync(user, isPersistent: false);
        await audit.RecordAsync(AccountAudit.SignedIn, user.UserName, RemoteAddress, cancellationToken);
        return SignInOutcome.SignedIn;
    }

    /// <summary>
    /// Changes a password given the current one (the generated setup password included); the errors name what is
    /// wrong with the new one. A wrong current password counts as a failed sign-in and gets the same answer.
    /// </summary>
    public async Task<(SignInOutcome Outcome, IReadOnlyList<IdentityError> Problems)> ChangePasswordAsync(string userName, string currentPassword,
        string newPassword, bool signInAfter, CancellationToken cancellationToken = default)
    {
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(userName);
        if (user is null || await users.IsLockedOutAsync(user) || !await users.CheckPasswordAsync(user, currentPassword))
        {
            if (user is null)
            {
                users.PasswordHasher.VerifyHashedPassword(new CrmUser(), UnknownUserHash, currentPassword);
            }
            else
            {
                await users.AccessFailedAsync(user);
            }
            await audit.RecordAsync(AccountAudit.SignInFailed, userName, RemoteAddress, cancellationToken);
            return (SignInOutcome.Failed, []);
        }
        // Changing the password also changes the security stamp: the user's other sessions end within a minute.
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            return (SignInOutcome.MustChangePassword, [.. result.Errors]);
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await audit.RecordAsync(AccountAudit.PasswordChanged, user.UserName, RemoteAddress, cancellationToken);
        if (signInAfter)
        {
            await signIn.SignInAsync(user, isPersistent: false);
            await audit.RecordAsync(AccountAudit.SignedIn, user.UserName, RemoteAddress, cancellationToken);
        }
        return (SignInOutcome.SignedIn, []);
    }

    /// <summary>
    /// Signs out, and ends every other session of the user too: the security stamp changes, so a copy of the cookie
    /// stops working within a minute.
    /// </summary>
    public async Task SignOutAsync(CancellationToken cancellationToken = default)
    {
        var principal = accessor.HttpContext?.User;
        if (principal is not null && await signIn.UserManager.GetUserAsync(principal) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(AccountAudit.SignedOut, user.UserName, RemoteAddress, cancellationToken);
        }
        await signIn.SignOutAsync();
    }

    private string? RemoteAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
