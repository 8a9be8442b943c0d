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
        group.MapGet("/{contentItemId}", GetContentItem).RequireAuthorization(ContentPermissions.ViewContent.Policy)
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json");
        group.MapGet("/{contentItemId}/versions", ListVersions).RequireAuthorization(ContentPermissions.PreviewContent.Policy)
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
        VersionOptions? options = status?.ToLowerInvariant() switch
        {
            null or "" or "published" => VersionOptions.Published,
            "latest" => VersionOptions.Latest,
            "draft" => VersionOptions.Draft,
            _ => null,
        };
        if (options is null)
        {
            return ApiProblems.BadRequest("status", $"'{status}' is not a status; use published, latest or draft.");
        }
        var item = await content.GetAsync(contentItemId, options.Value, cancellationToken);
        if (item is null)
        {
            return ApiProblems.NotFound(contentItemId);
        }
        var permission = options == VersionOptions.Published ? ContentPermissions.ViewContent : ContentPermissions.PreviewContent;
        if (await authorization.CheckAsync(permission, item) is { } denied)
        {
            // A reader who may not see an item learns nothing about it, not even that it exists.
            return options == VersionOptions.Published ? ApiProblems.NotFound(contentItemId) : denied;
        }
        var etag = ETag(item);
        if (http.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return Json(http, item, StatusCodes.Status200OK);
    }

    public static async Task<IResult> ListVersions(string contentItemId, ContentReader content, ContentAuthorization authorization,
        CancellationToken cancellationToken)
    {
        var versions = await content.ListVersionsAsync(contentItemId, cancellationToken);
        if (versions.Count == 0)
        {
            return ApiProblems.NotFound(contentItemId);
        }
        if (await authorization.CheckAsync(ContentPermissions.PreviewContent, versions[^1]) is { } denied)
        {
            return denied;
        }
        var array = new JsonArray(versions.Select(v => (JsonNode)v.Data).ToArray());
        return TypedResults.Content(array.ToJsonString(ContentJson.CompactOutput), "application/json; charset=utf-8");
    }

    public static async Task<IResult> SaveContentItem(HttpContext http, bool? draft, ContentManager content,
        ContentAuthorization authorization, ContentActor actor, CancellationToken cancellationToken)
    {
        JsonObject body;
        try
        {
            body = ContentJson.CloneObject(await JsonNode.ParseAsync(http.Request.Body, ContentJson.NodeOptions, ContentJson.DocumentOptions,
                cancellationToken) as JsonObject ?? throw new JsonException("The body must be a JSON object."));
        }
        catch (JsonException e)
        {
            return ApiProblems.BadRequest("body", $"The body is not a content item in JSON: {e.Message}");
        }
        var item = new ContentItem(body);
        var publish = draft != true;
        var existing = string.IsNullOrEmpty(item.ContentItemId)
            ? null
            : await content.GetAsync(item.ContentItemId, VersionOptions.Latest, cancellationToken);

        if (existing is null)
        {
            item.Owner = actor.UserId ?? actor.UserName;
            if (await authorization.CheckAsync(ContentPermissions.EditContent, item) is { } deniedCreate)
            {
                return deniedCreate;
            }
            if (publish && await authorization.CheckAsync(ContentPermissions.PublishContent, item) is { } deniedPublish)
            {
                return deniedPublish;
            }
            var created = await content.CreateAsync(item, publish, cancellationToken);
            if (!created.Succeeded)
            {
                return ApiProblems.FromFailure(created);
            }
            http.Response.Headers.Location = $"/api/content/{created.Item!.ContentItemId}";
            return Json(http, created.Item, StatusCodes.Status201Created);
        }

        if (await authorization.CheckAsync(ContentPermissions.EditContent, existing) is { } deniedEdit)
        {
            return deniedEdit;
        }
        if (publish && await authorization.CheckAsync(ContentPermissions.PublishContent, existing) is { } deniedPublishing)
        {
            return deniedPublishing;
        }
        var baseVersionId = IfMatch(http) ?? NullIfEmpty(item.ContentItemVersionId);
        var updated = await content.UpdateAsync(item, baseVersionId, publish, cancellationToken);
        return updated.Succeeded ? Json(http, updated.Item!, StatusCodes.Status200OK) : ApiProblems.FromFailure(updated);
    }

    public static async Task<IResult> DeleteContentItem(string contentItemId, HttpContext http, ContentManager content,
        ContentAuthorization authorization, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (item is null)
        {
            return ApiProblems.NotFound(contentItemId);
        }
        if (await authorization.CheckAsync(ContentPermissions.DeleteContent, item) is { } denied)
        {
            return denied;
        }
        var result = await content.RemoveAsync(contentItemId, cancellationToken);
        return result.Succeeded ? Json(http, result.Item!, StatusCodes.Status200OK) : ApiProblems.FromFailure(result);
    }

    public static Task<IResult> PublishContentItem(string contentItemId, HttpContext http, ContentManager content,
        ContentAuthorization authorization, CancellationToken cancellationToken) =>
        ChangePublicationAsync(contentItemId, http, content, authorization, content.PublishAsync, cancellationToken);

    public static Task<IResult> UnpublishContentItem(string contentItemId, HttpContext http, ContentManager content,
        ContentAuthorization authorization, CancellationToken cancellationToken) =>
        ChangePublicationAsync(contentItemId, http, content, authorization, content.UnpublishAsync, cancellationToken);

    private static async Task<IResult> ChangePublicationAsync(string contentItemId, HttpContext http, ContentManager content,
        ContentAuthorization authorization, Func<string, CancellationToken, Task<ContentResult>> change, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (item is null)
        {
            return ApiProblems.NotFound(contentItemId);
        }
        if (await authorization.CheckAsync(ContentPermissions.PublishContent, item) is { } denied)
        {
            return denied;
        }
        var result = await change(contentItemId, cancellationToken);
        return result.Succeeded ? Json(http, result.Item!, StatusCodes.Status200OK) : ApiProblems.FromFailure(result);
    }

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

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;
}
