using System.Text.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace CrmSite.Content.Api;

/// <summary>Orchard's content REST API: read, create or update, delete, publish, unpublish, and version history.</summary>
public static class ContentApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/content").WithTags("Content");
        // ViewOwnContent at the door (ViewContent implies it); the item itself is checked in the handler. The door
        // sees no item, so PreviewContent there would shut out callers who may preview only their own items.
        group.MapGet("/{contentItemId}", GetContentItem).RequireAuthorization(ContentPermissions.ViewOwnContent.Policy)
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json");
        group.MapGet("/{contentItemId}/versions", ListVersions).RequireAuthorization(ContentPermissions.ViewOwnContent.Policy)
            .Produces<JsonObject[]>(StatusCodes.Status200OK, "application/json");
        // Only writes carry the antiforgery filter: a filter makes every call of its endpoint markedly slower.
        var writes = group.MapGroup("").AddEndpointFilter<CookieWriteAntiforgery>();
        writes.MapPost("/", SaveContentItem).RequireAuthorization(ContentPermissions.EditOwnContent.Policy)
            .Accepts<JsonObject>("application/json").Produces<JsonObject>(StatusCodes.Status200OK, "application/json");
        writes.MapDelete("/{contentItemId}", DeleteContentItem).RequireAuthorization(ContentPermissions.DeleteOwnContent.Policy);
        writes.MapPost("/{contentItemId}/publish", PublishContentItem).RequireAuthorization(ContentPermissions.PublishOwnContent.Policy);
        writes.MapPost("/{contentItemId}/unpublish", UnpublishContentItem).RequireAuthorization(ContentPermissions.PublishOwnContent.Policy);
    }

    public static async Task<IResult> GetContentItem(string contentItemId, string? status, HttpContext http,
        ContentReader content, ContentAuthorization authorization, CancellationToken cancellationToken)
    {
        if (ApiProblems.ParseStatus(status) is not { } options)
        {
            return ApiProblems.BadStatus(status);
        }
        var item = IdGenerator.IsWellFormed(contentItemId) ? await content.GetAsync(contentItemId, options, cancellationToken) : null;
        if (item is null)
        {
            return ApiProblems.NotFound(contentItemId);
        }
        var published = options == VersionOptions.Published;
        if (await authorization.CheckReadAsync(published ? ContentPermissions.ViewContent : ContentPermissions.PreviewContent, item) is { } denied)
        {
            return denied;
        }
        var etag = ETag(item);
        if (!published)
        {
            http.Response.Headers.CacheControl = "private, no-cache";
        }
        if (http.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            http.Response.Headers.ETag = etag;
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return Json(http, item, StatusCodes.Status200OK);
    }

    public static async Task<IResult> ListVersions(string contentItemId, HttpContext http, ContentReader content,
        ContentAuthorization authorization, CancellationToken cancellationToken)
    {
        var versions = IdGenerator.IsWellFormed(contentItemId) ? await content.ListVersionsAsync(contentItemId, cancellationToken) : [];
        if (versions.Count == 0)
        {
            return ApiProblems.NotFound(contentItemId);
        }
        if (await authorization.CheckReadAsync(ContentPermissions.PreviewContent, versions[^1]) is { } denied)
        {
            return denied;
        }
        http.Response.Headers.CacheControl = "private, no-cache";
        var array = new JsonArray(versions.Select(v => (JsonNode)v.Data).ToArray());
        return TypedResults.Content(array.ToJsonString(ContentJson.CompactOutput), "application/json; charset=utf-8");
    }

    public static async Task<IResult> SaveContentItem(HttpContext http, bool? draft, ContentWrites writes, CancellationToken cancellationToken)
    {
        JsonObject body;
        try
        {
            body = await ContentJson.ParseUntrustedAsync(http.Request.Body, cancellationToken);
        }
        catch (JsonException e)
        {
            return ApiProblems.BadRequest("body", $"The body is not a content item in JSON: {e.Message}");
        }
        var saved = await writes.SaveAsync(new ContentItem(body), IfMatch(http), publish: draft != true, cancellationToken);
        if (!saved.Succeeded)
        {
            return ApiProblems.FromFailure(saved);
        }
        if (saved.Created)
        {
            http.Response.Headers.Location = $"/api/content/{saved.Item!.ContentItemId}";
            return Json(http, saved.Item, StatusCodes.Status201Created);
        }
        return Json(http, saved.Item!, StatusCodes.Status200OK);
    }

    public static async Task<IResult> DeleteContentItem(string contentItemId, HttpContext http, ContentWrites writes,
        CancellationToken cancellationToken) =>
        Written(http, await writes.RemoveAsync(contentItemId, cancellationToken));

    public static async Task<IResult> PublishContentItem(string contentItemId, HttpContext http, ContentWrites writes,
        CancellationToken cancellationToken) =>
        Written(http, await writes.PublishAsync(contentItemId, cancellationToken: cancellationToken));

    public static async Task<IResult> UnpublishContentItem(string contentItemId, HttpContext http, ContentWrites writes,
        CancellationToken cancellationToken) =>
        Written(http, await writes.UnpublishAsync(contentItemId, cancellationToken));

    private static IResult Written(HttpContext http, ContentResult result) =>
        result.Succeeded ? Json(http, result.Item!, StatusCodes.Status200OK) : ApiProblems.FromFailure(result);

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Json(HttpContext http, ContentItem item, int status)
    {
        http.Response.Headers.ETag = ETag(item);
        return TypedResults.Text(item.ToJson(), "application/json; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    private static string ETag(ContentItem item) => $"\"{item.ContentItemVersionId}\"";

    private static string? IfMatch(HttpContext http)
    {
        var header = http.Request.Headers[HeaderNames.IfMatch].ToString();
        if (string.IsNullOrWhiteSpace(header) || header == "*")
        {
            return null;
        }
        return header.Trim().TrimStart('W', '/').Trim('"');
    }
}
