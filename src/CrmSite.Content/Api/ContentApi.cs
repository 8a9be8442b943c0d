using System.Text.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Parts;
using CrmSite.Content.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using FromServicesAttribute = Microsoft.AspNetCore.Mvc.FromServicesAttribute;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace CrmSite.Content.Api;

/// <summary>Orchard's content REST API: read, create or update, delete, publish, unpublish, and version history.</summary>
public static class ContentApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/content").WithTags("Content");
        // ViewOwnContent at the door (ViewContent implies it); the item itself is checked in the handler.
        group.MapGet("/{contentItemId}", GetContentItem).RequireAuthorization(ContentPermissions.ViewOwnContent.Policy)
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

    public static async Task<IResult> SaveContentItem(HttpContext http, bool? draft, ContentManager content,
        ContentAuthorization authorization, ContentActor actor, ContentDefinitionManager definitions,
        [FromServices] IEnumerable<IContentWriteRule> rules, CancellationToken cancellationToken)
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
        var item = new ContentItem(body);
        // Checked before the id reaches a query: PostgreSQL refuses some strings (NUL) outright.
        var rawId = body["ContentItemId"];
        var idIsUsable = rawId is null ||
            (rawId is JsonValue value && value.TryGetValue<string>(out var id) && (id.Length == 0 || IdGenerator.IsWellFormed(id)));
        if (!idIsUsable)
        {
            return ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "The content item is not valid.",
                [new ContentError("ContentItemId", $"ContentItemId must be a string of up to {IdGenerator.Length} letters and digits.")]);
        }
        var publish = draft != true;
        // A schedule is a promise to publish: it needs the publish permission as much as publishing now does.
        var needsPublish = publish || PublishLater.IsScheduled(item);
        var existing = string.IsNullOrEmpty(item.ContentItemId)
            ? null
            : await content.GetAsync(item.ContentItemId, VersionOptions.Latest, cancellationToken);

        if (existing is null)
        {
            // Rules and per-type permissions see the type as defined ("ForumTopic"), whatever case the body used.
            if (await definitions.GetTypeAsync(item.ContentType, cancellationToken) is { } type)
            {
                item.ContentType = type.Name;
            }
            item.Owner = actor.UserId ?? actor.UserName;
            if (await authorization.CheckWriteAsync(ContentPermissions.EditContent, item) is { } deniedCreate)
            {
                return deniedCreate;
            }
            if (needsPublish && await authorization.CheckWriteAsync(ContentPermissions.PublishContent, item) is { } deniedPublish)
            {
                return deniedPublish;
            }
            if (await CheckRulesAsync(rules, authorization, null, item) is { } deniedByRule)
            {
                return deniedByRule;
            }
            var created = await content.CreateAsync(item, publish, cancellationToken);
            if (!created.Succeeded)
            {
                return ApiProblems.FromFailure(created);
            }
            http.Response.Headers.Location = $"/api/content/{created.Item!.ContentItemId}";
            return Json(http, created.Item, StatusCodes.Status201Created);
        }

        // The change is checked as it will be stored (its chapters may differ from the stored version's), and so
        // are the versions it replaces.
        var incoming = item.Clone();
        incoming.ContentType = existing.ContentType;
        incoming.Owner = existing.Owner;
        var live = needsPublish ? await content.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken) : null;
        if (await authorization.CheckWriteAsync(ContentPermissions.EditContent, existing, incoming) is { } deniedEdit)
        {
            return deniedEdit;
        }
        if (needsPublish && await authorization.CheckWriteAsync(ContentPermissions.PublishContent, existing, incoming, live) is { } deniedPublishing)
        {
            return deniedPublishing;
        }
        if (await CheckRulesAsync(rules, authorization, existing, incoming) is { } deniedByModule)
        {
            return deniedByModule;
        }
        // Without If-Match or a body version the change applies to the latest version as authorised above: if
        // another write lands in between, this one gets 412 rather than replacing a version nobody checked.
        var baseVersionId = IfMatch(http) ?? NullIfEmpty(item.ContentItemVersionId) ?? existing.ContentItemVersionId;
        var updated = await content.UpdateAsync(item, baseVersionId, publish, cancellationToken);
        return updated.Succeeded ? Json(http, updated.Item!, StatusCodes.Status200OK) : ApiProblems.FromFailure(updated);
    }

    public static Task<IResult> DeleteContentItem(string contentItemId, HttpContext http, ContentManager content,
        ContentAuthorization authorization, CancellationToken cancellationToken) =>
        ChangeAsync(contentItemId, http, content, authorization, ContentPermissions.DeleteContent, content.RemoveAsync, cancellationToken);

    public static Task<IResult> PublishContentItem(string contentItemId, HttpContext http, ContentManager content,
        ContentAuthorization authorization, CancellationToken cancellationToken) =>
        ChangeAsync(contentItemId, http, content, authorization, ContentPermissions.PublishContent, content.PublishAsync, cancellationToken);

    public static Task<IResult> UnpublishContentItem(string contentItemId, HttpContext http, ContentManager content,
        ContentAuthorization authorization, CancellationToken cancellationToken) =>
        ChangeAsync(contentItemId, http, content, authorization, ContentPermissions.PublishContent, content.UnpublishAsync, cancellationToken);

    /// <summary>Removes, publishes or unpublishes, with the permission checked on both the latest and the published version.</summary>
    private static async Task<IResult> ChangeAsync(string contentItemId, HttpContext http, ContentManager content,
        ContentAuthorization authorization, Permission permission, Func<string, CancellationToken, Task<ContentResult>> change,
        CancellationToken cancellationToken)
    {
        if (!IdGenerator.IsWellFormed(contentItemId))
        {
            return ApiProblems.NotFound(contentItemId);
        }
        var latest = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        var published = await content.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
        if (latest is null && published is null)
        {
            return ApiProblems.NotFound(contentItemId);
        }
        if (await authorization.CheckWriteAsync(permission, latest, published) is { } denied)
        {
            return denied;
        }
        var result = await change(contentItemId, cancellationToken);
        return result.Succeeded ? Json(http, result.Item!, StatusCodes.Status200OK) : ApiProblems.FromFailure(result);
    }

    private static async Task<IResult?> CheckRulesAsync(IEnumerable<IContentWriteRule> rules, ContentAuthorization authorization,
        ContentItem? stored, ContentItem incoming)
    {
        foreach (var permission in rules.SelectMany(r => r.RequiredPermissions(stored, incoming)).Distinct())
        {
            if (await authorization.CheckWriteAsync(permission, incoming) is { } denied)
            {
                return denied;
            }
        }
        return null;
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
