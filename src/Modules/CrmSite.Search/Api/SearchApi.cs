using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Api;
using CrmSite.Content.Security;
using CrmSite.Search.SiteSearch;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CrmSite.Search.Api;

/// <summary>
/// Visitor search for developers: <c>GET /api/search?q=&amp;culture=&amp;type=&amp;chapter=&amp;topic=&amp;year=&amp;page=</c>
/// gives hits with highlighted snippets, facet counts and the total; <c>GET /api/search/suggest?q=</c> gives
/// as-you-type suggestions. Both answer over published items the caller may see.
/// </summary>
public static class SearchApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/search").WithTags("Search").RequireAuthorization(ContentPermissions.ViewContent.Policy);
        group.MapGet("/", Search).Produces<JsonObject>(StatusCodes.Status200OK, "application/json");
        group.MapGet("/suggest", Suggest).Produces<JsonObject>(StatusCodes.Status200OK, "application/json");
    }

    public static async Task<IResult> Search(string? q, string? culture, string? type, string? chapter, string? topic, string? year,
        string? page, SiteSearcher searcher, HttpContext http, CancellationToken cancellationToken)
    {
        int? yearNumber = null;
        if (!string.IsNullOrEmpty(year))
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedYear))
            {
                return ApiProblems.BadRequest("year", "Year must be a year such as 2023.");
            }
            yearNumber = parsedYear;
        }
        var pageNumber = 1;
        if (!string.IsNullOrEmpty(page) && !int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber))
        {
            return ApiProblems.BadRequest("page", $"Page must be a number between 1 and {SiteSearchRequest.MaxPage}.");
        }
        var request = new SiteSearchRequest(q, Blank(culture), Blank(type), Blank(chapter), Blank(topic), yearNumber, pageNumber);
        if (request.Problem() is var (field, message))
        {
            return ApiProblems.BadRequest(field, message);
        }
        var results = await searcher.SearchAsync(request, cancellationToken);
        if (results is null)
        {
            return Unavailable(http);
        }
        var facets = new JsonObject();
        foreach (var facet in results.Facets)
        {
            facets[facet.Name] = new JsonArray([.. facet.Values.Select(v => (JsonNode)new JsonObject
            {
                ["value"] = v.Value, ["label"] = v.Label, ["count"] = v.Count, ["selected"] = v.Selected,
            })]);
        }
        var body = new JsonObject
        {
            ["query"] = results.Query,
            ["total"] = results.Total,
            ["page"] = results.Page,
            ["pageSize"] = results.PageSize,
            ["pageCount"] = results.PageCount,
            ["hits"] = new JsonArray([.. results.Hits.Select(h => (JsonNode)new JsonObject
            {
                ["contentItemId"] = h.ContentItemId,
                ["contentType"] = h.ContentType,
                ["title"] = h.Title,
                ["titleHtml"] = h.TitleHtml,
                ["snippet"] = h.Snippet,
                ["culture"] = h.Culture,
                ["path"] = h.Path,
                ["score"] = h.Score,
            })]),
            ["facets"] = facets,
        };
        return TypedResults.Text(body.ToJsonString(), "application/json; charset=utf-8");
    }

    public static async Task<IResult> Suggest(string? q, string? culture, SiteSearcher searcher, CancellationToken cancellationToken)
    {
        if (q is { Length: > SiteSearchRequest.MaxQueryLength })
        {
            return ApiProblems.BadRequest("q", $"The search text is longer than {SiteSearchRequest.MaxQueryLength} characters.");
        }
        var suggestions = await searcher.SuggestAsync(q, Blank(culture), cancellationToken);
        var body = new JsonObject
        {
            ["query"] = q ?? "",
            ["suggestions"] = new JsonArray([.. suggestions.Select(s => (JsonNode)new JsonObject
            {
                ["text"] = s.Text, ["contentItemId"] = s.ContentItemId, ["contentType"] = s.ContentType, ["path"] = s.Path,
            })]),
        };
        return TypedResults.Text(body.ToJsonString(), "application/json; charset=utf-8");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Unavailable(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "5";
        return TypedResults.Problem(title: "Search is not available.", detail: "The site's search index is not ready; try again shortly.",
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
