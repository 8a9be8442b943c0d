namespace CrmSite.Web.Hosting;

/// <summary>
/// Security headers on every answer under <c>/admin</c> (pages, redirects and errors alike): a content security
/// policy that admits this site's scripts, styles and images only and no framing, <c>nosniff</c>, no referrer beyond
/// this site. A page that sets its own policy or referrer policy (GraphiQL's editor) keeps it.
/// </summary>
public static class AdminSecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseAdminSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/admin"))
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.TryAdd("Content-Security-Policy", ContentSecurityPolicy);
                headers.TryAdd("Referrer-Policy", "same-origin");
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
        }
        return next(context);
    });
}
