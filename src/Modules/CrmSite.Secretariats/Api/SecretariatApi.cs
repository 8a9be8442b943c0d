using CrmSite.Content.Api;
using CrmSite.Content.Security;
using CrmSite.Secretariats.ContentTypes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CrmSite.Secretariats.Api;

/// <summary>
/// <c>GET /api/secretariats</c>: every chapter's secretariat with its derived host and its terms in date order;
/// <c>GET /api/secretariats/{chapter}</c>: one, by chapter code (<c>national</c>, <c>sindh</c>) or chapter item id.
/// Built from published content only.
/// </summary>
public static class SecretariatApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/secretariats").WithTags("Secretariats")
            .RequireAuthorization(ContentPermissions.ViewContent.Policy);
        group.MapGet("/", ListSecretariats).Produces<SecretariatView[]>(StatusCodes.Status200OK);
        group.MapGet("/{chapter}", GetSecretariat).Produces<SecretariatView>(StatusCodes.Status200OK);
    }

    public static async Task<IResult> ListSecretariats(SecretariatDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(cancellationToken));

    public static async Task<IResult> GetSecretariat(string chapter, SecretariatDirectory directory, CancellationToken cancellationToken) =>
        await directory.FindAsync(chapter, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : ApiProblems.Problem(StatusCodes.Status404NotFound, "Not found.",
                [new Content.Management.ContentError("chapter", $"No published secretariat serves chapter '{chapter}'.")]);
}
