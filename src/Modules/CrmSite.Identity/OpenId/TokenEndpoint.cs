using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CrmSite.Identity.OpenId;

/// <summary>
/// <c>POST /connect/token</c> for the client-credentials flow: OpenIddict has already checked the client and its
/// secret; this issues a token whose subject is the client and whose roles are the client's roles.
/// </summary>
public static class TokenEndpoint
{
    public const string RolesProperty = "roles";

    public static async Task<IResult> Exchange(HttpContext http, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest();
        if (request is null || !request.IsClientCredentialsGrantType())
        {
            return Forbid(Errors.UnsupportedGrantType, "Only the client_credentials grant is supported.");
        }
        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken);
        if (application is null)
        {
            return Forbid(Errors.InvalidClient, "The client application was not found.");
        }
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, await applications.GetClientIdAsync(application, cancellationToken));
        identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, cancellationToken) ?? request.ClientId);
        identity.SetClaim("client_id", request.ClientId);
        identity.SetClaims(Claims.Role, [.. await RolesOfAsync(applications, application, cancellationToken)]);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public static async Task<IReadOnlyList<string>> RolesOfAsync(IOpenIddictApplicationManager applications, object application,
        CancellationToken cancellationToken)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return properties.TryGetValue(RolesProperty, out var roles) && roles.ValueKind == JsonValueKind.Array
            ? roles.EnumerateArray().Select(r => r.GetString()).OfType<string>().ToList()
            : [];
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new Microsoft.AspNetCore.Authentication.AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
