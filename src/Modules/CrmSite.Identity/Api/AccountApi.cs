using CrmSite.Content.Api;
using CrmSite.Content.Management;
using CrmSite.Content.Store;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
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
        group.MapPost("/login", Login).AllowAnonymous();
        group.MapPost("/change-password", ChangePassword).AllowAnonymous();
        group.MapPost("/logout", Logout).RequireAuthorization().AddEndpointFilter<CookieWriteAntiforgery>();
    }

    public static AntiforgeryToken GetAntiforgeryToken(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new AntiforgeryToken(tokens.RequestToken!, tokens.HeaderName!);
    }

    public static async Task<IResult> Login(LoginRequest request, SignInManager<CrmUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return ApiProblems.BadRequest("userName", "userName and password are required.");
        }
        var user = await signIn.UserManager.FindByNameAsync(request.UserName);
        if (user is null)
        {
            return InvalidLogin();
        }
        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return ApiProblems.Problem(StatusCodes.Status423Locked, "The account is locked.", [new ContentError("userName", "Too many failed attempts or the account is disabled; try again later.")]);
        }
        if (!check.Succeeded)
        {
            return InvalidLogin();
        }
        if (user.MustChangePassword)
        {
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "A new password must be chosen first.",
                [new ContentError("password", "This password was generated at setup; choose a new one at /api/account/change-password.")]);
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> ChangePassword(ChangePasswordRequest request, UserManager<CrmUser> users)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.CurrentPassword) || string.IsNullOrEmpty(request.NewPassword))
        {
            return ApiProblems.BadRequest("newPassword", "userName, currentPassword and newPassword are required.");
        }
        var user = await users.FindByNameAsync(request.UserName);
        if (user is null || await users.IsLockedOutAsync(user) || !await users.CheckPasswordAsync(user, request.CurrentPassword))
        {
            if (user is not null)
            {
                await users.AccessFailedAsync(user);
            }
            return InvalidLogin();
        }
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            return ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "The new password is not acceptable.",
                [.. result.Errors.Select(e => new ContentError("newPassword", e.Description))]);
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> Logout(SignInManager<CrmUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult InvalidLogin() =>
        ApiProblems.Problem(StatusCodes.Status401Unauthorized, "Sign-in failed.", [new ContentError("password", "The user name or password is wrong.")]);
}
