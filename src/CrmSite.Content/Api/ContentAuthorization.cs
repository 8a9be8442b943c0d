using CrmSite.Content.Items;
using CrmSite.Content.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrmSite.Content.Api;

/// <summary>Asks the authorizer whether the caller holds a permission on an item, and answers 401 or 403 when not.</summary>
public sealed class ContentAuthorization(IAuthorizationService authorization, IHttpContextAccessor accessor)
{
    /// <summary>Null when allowed; otherwise the problem to return.</summary>
    public async Task<ProblemHttpResult?> CheckAsync(Permission permission, ContentItem item)
    {
        var user = accessor.HttpContext!.User;
        var result = await authorization.AuthorizeAsync(user, item, new PermissionRequirement(permission));
        if (result.Succeeded)
        {
            return null;
        }
        var signedIn = user.Identity?.IsAuthenticated == true;
        return TypedResults.Problem(
            title: signedIn ? "Forbidden." : "Authentication is required.",
            detail: $"{permission.Name} is required for this {item.ContentType}.",
            statusCode: signedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized);
    }
}
