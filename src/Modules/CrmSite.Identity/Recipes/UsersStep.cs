using CrmSite.Content.Recipes;
using CrmSite.Content.Store;
using Microsoft.AspNetCore.Identity;

namespace CrmSite.Identity.Recipes;

/// <summary>
/// <c>Users</c> in Orchard's shape: <c>Users:[{UserId, UserName, Email, EmailConfirmed, PasswordHash, IsEnabled,
/// RoleNames}]</c>. Orchard's password hashes are ASP.NET Identity hashes, so they import as they are. Creates or
/// updates by user name; roles are added, never removed.
/// </summary>
public sealed class UsersStep(UserManager<CrmUser> users) : IRecipeStep
{
    public string Name => "Users";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var entry in StepJson.Array(context.Step, "Users"))
        {
            var userName = StepJson.Text(entry, "UserName");
            if (string.IsNullOrWhiteSpace(userName))
            {
                throw new RecipeException("every user needs a UserName.");
            }
            var user = await users.FindByNameAsync(userName);
            var isNew = user is null;
            user ??= new CrmUser { UserName = userName, Id = StepJson.Text(entry, "UserId") ?? Guid.NewGuid().ToString("N") };
            user.Email = StepJson.Text(entry, "Email") ?? user.Email;
            user.EmailConfirmed = StepJson.Flag(entry, "EmailConfirmed") ?? user.EmailConfirmed;
            if (StepJson.Text(entry, "PasswordHash") is { Length: > 0 } hash)
            {
                user.PasswordHash = hash;
            }
            user.LockoutEnabled = true;
            user.LockoutEnd = StepJson.Flag(entry, "IsEnabled") == false ? DateTimeOffset.MaxValue : null;
            (isNew ? await users.CreateAsync(user) : await users.UpdateAsync(user)).ThrowIfFailed($"user '{userName}'");
            if (StepJson.Text(entry, "Password") is { Length: > 0 } password)
            {
                if (await users.HasPasswordAsync(user))
                {
                    (await users.RemovePasswordAsync(user)).ThrowIfFailed($"user '{userName}'");
                }
                (await users.AddPasswordAsync(user, password)).ThrowIfFailed($"user '{userName}'");
            }
            var missing = StepJson.Names(entry, "RoleNames").Except(await users.GetRolesAsync(user), StringComparer.OrdinalIgnoreCase).ToList();
            if (missing.Count > 0)
            {
                (await users.AddToRolesAsync(user, missing)).ThrowIfFailed($"user '{userName}'");
            }
            context.Result.Count(isNew ? "UserCreated" : "UserUpdated");
        }
    }
}
