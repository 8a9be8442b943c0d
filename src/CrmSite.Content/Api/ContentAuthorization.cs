using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrmSite.Content.Api;

/// <summary>
/// Asks the authorizer about the caller and items, and picks the answer: a caller who may not see an item gets
/// 404 (it learns nothing, not even that the item exists); one who sees it but may not act gets 401 or 403.
/// </summary>
public sealed class ContentAuthorization(IAuthorizationService authorization, IHttpContextAccessor accessor)
{
    public async Task<bool> CanAsync(Permission permission, ContentItem item) =>
        (await authorization.AuthorizeAsync(accessor.HttpContext!.User, item, new PermissionRequirement(permission))).Succeeded;

    /// <summary>Null when the caller may read <paramref name="item"/> with <paramref name="permission"/>; otherwise 404.</summary>
    public async Task<ProblemHttpResult?> CheckReadAsync(Permission permission, ContentItem item) =>
        await CanAsync(permission, item) ? null : ApiProblems.NotFound(item.ContentItemId);

    /// <summary>
    /// Null when the caller holds <paramref name="permission"/> on every given item (versions of one item: the
    /// latest, the published, the incoming change); otherwise why not: <see cref="ContentFailure.NotFound"/> when
    /// the caller may not even see the item, else <see cref="ContentFailure.Unauthenticated"/> or
    /// <see cref="ContentFailure.Forbidden"/>, with an error under the permission's name.
    /// </summary>
    public async Task<ContentResult?> CheckWriteAsync(Permission permission, params ContentItem?[] items)
    {
        foreach (var item in items.OfType<ContentItem>())
        {
            if (await CanAsync(permission, item))
            {
                continue;
            }
            if (!await CanAsync(ContentPermissions.ViewContent, item) && !await CanAsync(ContentPermissions.PreviewContent, item))
            {
                return ContentResult.Fail(ContentFailure.NotFound, new ContentError("contentItemId", $"Item {item.ContentItemId} was not found."));
            }
            var signedIn = accessor.HttpContext!.User.Identity?.IsAuthenticated == true;
            return ContentResult.Fail(signedIn ? ContentFailure.Forbidden : ContentFailure.Unauthenticated,
                new ContentError(permission.Name, $"{permission.Name} is required for this {item.ContentType}."));
        }
        return null;
    }
}
