using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CrmSite.Content.Api;

/// <summary>
/// Lists the items of one content type, a page at a time: <c>GET /api/content?contentType=Chapter</c> returns
/// <c>{ items, count }</c>; <c>containedIn</c> keeps the items of one list (an indicator's values). Callers get the items they may read and nothing else: published ones for visitors, their
/// own for callers who may only see their own, none of a restricted type without its permission.
/// </summary>
public static class ContentListApi
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/content", ListContentItems).WithTags("Content")
            .RequireAuthorization(ContentPermissions.ViewOwnContent.Policy)
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json");

    public static async Task<IResult> ListContentItems(string? contentType, string? status, int? skip, int? first, string? orderBy,
        string? containedIn, HttpContext http, ContentReader content, ContentDefinitionManager definitions, ContentAuthorization authorization,
        ContentActor actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return ApiProblems.BadRequest("contentType", "Name the content type to list, e.g. ?contentType=Chapter.");
        }
        if (await definitions.GetTypeAsync(contentType, cancellationToken) is not { } type)
        {
            return ApiProblems.BadRequest("contentType", $"Content type '{contentType}' is not defined.");
        }
        if (ApiProblems.ParseStatus(status) is not { } options)
        {
            return ApiProblems.BadStatus(status);
        }
        if (skip is < 0)
        {
            return ApiProblems.BadRequest("skip", "skip must be 0 or more.");
        }
        if (first is < 1 or > MaxPageSize)
        {
            return ApiProblems.BadRequest("first", $"first must be between 1 and {MaxPageSize}.");
        }
        if (orderBy is not (null or "" or "created" or "displayText"))
        {
            return ApiProblems.BadRequest("orderBy", $"'{orderBy}' is not an order; use created or displayText.");
        }

        var published = options == VersionOptions.Published;
        var permission = published ? ContentPermissions.ViewContent : ContentPermissions.PreviewContent;
        // Reads do not depend on chapters, only on type and owner: one probe item answers for all items of the type.
        string? owner = null;
        if (!await authorization.CanAsync(permission, new ContentItem(type.Name)))
        {
            owner = actor.UserId;
            if (!published || owner is null || !await authorization.CanAsync(permission, new ContentItem(type.Name) { Owner = owner }))
            {
                return Page([], 0);
            }
        }
        if (!published)
        {
            http.Response.Headers.CacheControl = "private, no-cache";
        }
        var (items, count) = await content.PageAsync(type.Name, options, skip ?? 0, first ?? DefaultPageSize,
            orderBy == "displayText", owner, string.IsNullOrEmpty(containedIn) ? null : containedIn, cancellationToken);
        return Page(items, count);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Page(IReadOnlyList<ContentItem> items, int count)
    {
        var page = new JsonObject
        {
            ["items"] = new JsonArray(items.Select(i => (JsonNode)i.Data).ToArray()),
            ["count"] = count,
        };
        return TypedResults.Text(page.ToJsonString(ContentJson.CompactOutput), "application/json; charset=utf-8");
    }
}
