using CrmSite.Content.Api;
using CrmSite.Content.Management;
using CrmSite.Identity.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CrmSite.Identity.Api;

/// <summary>Cookie sign-in for browsers and scripts: antiforgery token, login, password change, logout.</summary>
public static class AccountApi
{
    public sealed record LoginRequest(string? UserName, string? Password);

    public sealed record ChangePasswordRequest(string? UserName, string? CurrentPassword, string? NewPassword);

    public sealed record AntiforgeryToken(string Token, string HeaderName);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account").WithTags("Account");
        group.MapGet("/antiforgery", GetAntiforgeryToken).AllowAnonymous();
        group.MapPost("/login", Login).AllowAnonymous().RequireRateLimiting(SignInRateLimit.Policy);
        group.MapPost("/change-password", ChangePassword).AllowAnonymous().RequireRateLimiting(SignInRateLimit.Policy);
        group.MapPost("/logout", Logout).RequireAuthorization().AddEndpointFilter<CookieWriteAntiforgery>();
    }

    public static AntiforgeryToken GetAntiforgeryToken(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new AntiforgeryToken(tokens.RequestToken!, tokens.HeaderName!);
    }

    public static async Task<IResult> Login(LoginRequest request, PasswordSignIn signIn, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return ApiProblems.BadRequest("userName", "userName and password are required.");
        }
        return await signIn.SignInAsync(request.UserName, request.Password, cancellationToken) switch
        {
            SignInOutcome.SignedIn => TypedResults.NoContent(),
            SignInOutcome.MustChangePassword => ApiProblems.Problem(StatusCodes.Status403Forbidden, "A new password must be chosen first.",
                [new ContentError("password", $"This password was generated at setup; choose a new one at /api/account/change-password.")]),
            // A locked or disabled account gets the answer a wrong password gets.
            _ => InvalidLogin(),
        };
    }

    public static async Task<IResult> ChangePassword(ChangePasswordRequest request, PasswordSignIn signIn, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.CurrentPassword) || string.IsNullOrEmpty(request.NewPassword))
        {
            return ApiProblems.BadRequest("newPassword", "userName, currentPassword and newPassword are required.");
        }
        var (outcome, problems) = await signIn.ChangePasswordAsync(request.UserName, request.CurrentPassword, request.NewPassword, signInAfter: false, cancellationToken);
        return outcome switch
        {
            SignInOutcome.SignedIn => TypedResults.NoContent(),
            SignInOutcome.MustChangePassword => ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "The new password is not acceptable.",
                [.. problems.Select(p => ContentError.Verbatim("newPassword", p.Description))]),
            _ => InvalidLogin(),
        };
    }

    public static async Task<IResult> Logout(PasswordSignIn signIn, CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult InvalidLogin() =>
        ApiProblems.Problem(StatusCodes.Status401Unauthorized, "Sign-in failed.", [new ContentError("password", $"{PasswordSignIn.FailedMessage}")]);
}
