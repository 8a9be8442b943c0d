using System.Text.Json;
using CrmSite.Content.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CrmSite.Search.Api;

/// <summary>
/// Orchard's Lucene API: <c>GET|POST /api/lucene/content</c> returns <c>{items, count}</c> (content items, each
/// read from the store and checked by the authorizer), <c>/api/lucene/documents</c> the stored fields. An index of
/// latest versions (drafts) needs PreviewContent; items a caller may not see are left out. The work is
/// <see cref="LuceneQueryRunner"/>'s, shared with saved queries.
/// </summary>
public static class LuceneApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/lucene").WithTags("Search").RequireAuthorization(SearchPermissions.QueryLuceneApi.Policy)
            .DisableAntiforgery();
        group.MapMethods("/content", [HttpMethods.Get, HttpMethods.Post], Content);
        group.MapMethods("/documents", [HttpMethods.Get, HttpMethods.Post], Documents);
    }

    public static Task<IResult> Content(HttpContext http, LuceneQueryRunner runner, CancellationToken cancellationToken) =>
        RunAsync(http, runner, contentItems: true, cancellationToken);

    public static Task<IResult> Documents(HttpContext http, LuceneQueryRunner runner, CancellationToken cancellationToken) =>
        RunAsync(http, runner, contentItems: false, cancellationToken);

    private static async Task<IResult> RunAsync(HttpContext http, LuceneQueryRunner runner, bool contentItems, CancellationToken cancellationToken)
    {
        LuceneRequest request;
        string query;
        try
        {
            request = await LuceneRequest.ReadAsync(http.Request, cancellationToken);
            query = request.Render();
        }
        catch (JsonException e)
        {
            return ApiProblems.BadRequest("parameters", $"The request is not valid JSON: {e.Message}");
        }
        return await runner.RunAsync(http, request.IndexName, query, contentItems, cancellationToken);
    }
}
