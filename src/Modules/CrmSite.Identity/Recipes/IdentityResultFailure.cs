using CrmSite.Content.Recipes;
using Microsoft.AspNetCore.Identity;

namespace CrmSite.Identity.Recipes;

/// <summary>Turns a failed Identity operation into the recipe failure that names what it was about.</summary>
internal static class IdentityResultFailure
{
    public static void ThrowIfFailed(this IdentityResult result, string subject)
    {
        if (!result.Succeeded)
        {
            throw new RecipeException($"{subject}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
