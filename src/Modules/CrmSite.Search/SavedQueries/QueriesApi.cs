using System.Text.Json;
using CrmSite.Content.Api;
using CrmSite.Search.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CrmSite.Search.SavedQueries;

/// <summary>
/// Orchard's query API: <c>GET|POST /api/queries/{name}</c> renders the saved query's template with the caller's
/// parameters and runs it as <c>/api/lucene/content</c> (or <c>/documents</c>) would, with the same checks. A
/// caller needs ExecuteApiAll or the query's ExecuteApi_{Name}; a query it may not run is answered as unknown (404),
/// as Orchard does, so that its name is not confirmed.
/// </summary>
public static class QueriesApi
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/queries").WithTags("Queries").RequireAuthorization(QueriesPermissions.ExecuteApi.Policy)
            .DisableAntiforgery()
            .MapMethods("/{name}", [HttpMethods.Get, HttpMethods.Post], Execute);

    public static async Task<IResult> Execute(string name, HttpContext http, SavedQueryStore queries, QueryTemplates templates,
        LuceneQueryRunner runner, IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        var query = (await queries.GetAsync(cancellationToken)).Find(name);
        if (query is null || !await QueriesPermissions.CanExecuteAsync(authorization, http.User, query.Name))
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "Not found.", [new("name", $"There is no query named '{name}'.")]);
        }
        string rendered;
        try
        {
            rendered = await templates.RenderAsync(query, await SavedQueryRequest.ReadAsync(http.Request, cancellationToken));
        }
        catch (JsonException e)
        {
            return ApiProblems.BadRequest("parameters", $"The parameters are not a JSON object: {e.Message}");
        }
        catch (QueryTemplateException e)
        {
            return ApiProblems.BadRequest(e.Member, e.Message);
        }
        return await runner.RunAsync(http, query.Index, rendered, query.ReturnContentItems, cancellationToken);
    }
}
