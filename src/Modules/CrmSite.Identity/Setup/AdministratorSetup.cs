using System.Security.Cryptography;
using CrmSite.Content.Setup;
using CrmSite.Content.Store;
using CrmSite.Identity.Recipes;
using CrmSite.Identity.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace CrmSite.Identity.Setup;

/// <summary>
/// Creates the administrator at setup from <c>CRMSITE_ADMIN_USER</c>/<c>CRMSITE_ADMIN_PASSWORD</c>. Without a
/// password it generates one, prints it once to standard error (never to the log), and the administrator must
/// change it at first sign-in.
/// </summary>
public sealed class AdministratorSetup(UserManager<CrmUser> users, RoleManager<CrmRole> roles, IConfiguration configuration)
    : ISetupStep
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var userName = configuration["CRMSITE_ADMIN_USER"] is { Length: > 0 } name ? name : "admin";
        var password = configuration["CRMSITE_ADMIN_PASSWORD"];
        var generated = string.IsNullOrEmpty(password);
        password = generated ? GeneratePassword() : password;

        if (!await roles.RoleExistsAsync(RoleNames.Administrator))
        {
            (await roles.CreateAsync(new CrmRole { Name = RoleNames.Administrator, Description = "Everything, on every chapter" })).ThrowIfFailed("Creating the administrator failed");
        }
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }
        var user = new CrmUser { UserName = userName, MustChangePassword = generated, LockoutEnabled = true };
        (await users.CreateAsync(user, password!)).ThrowIfFailed("Creating the administrator failed");
        (await users.AddToRoleAsync(user, RoleNames.Administrator)).ThrowIfFailed("Creating the administrator failed");
        if (generated)
        {
            // Standard error: never mixed into what a command writes to standard output (an export, say).
            await Console.Error.WriteLineAsync(
                $"CrmSite administrator '{userName}' was created with the one-time password: {password}" + Environment.NewLine +
                "It is shown only now; a new password must be chosen at first sign-in.");
        }
    }

    private static string GeneratePassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var body = RandomNumberGenerator.GetString(letters, 16);
        return $"{body}-{RandomNumberGenerator.GetInt32(10)}aA";
    }
}
