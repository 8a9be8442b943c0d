using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace CrmSite.Content.Api;

/// <summary>
/// A write carried by a sign-in cookie must also carry the antiforgery header: a browser sends cookies on
/// cross-site requests, but a page on another site cannot read the token. Bearer-token writes need no header.
/// </summary>
public sealed class CookieWriteAntiforgery(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var safe = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method);
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!safe && !bearer && http.User.Identity?.IsAuthenticated == true && !await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.Problem(
                title: "Antiforgery token missing or invalid.",
                detail: "Writes made with a sign-in cookie must send the antiforgery token in the RequestVerificationToken header; API clients should use a bearer token.",
                statusCode: StatusCodes.Status400BadRequest);
        }
        return await next(context);
    }
}
