using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrmSite.GraphQL.Pages.Admin;

/// <summary>
/// <c>/admin/graphql</c>: GraphiQL on <c>/api/graphql</c> for signed-in users, sending the antiforgery token with every
/// request so that cookie-authenticated mutations pass. Without the bundle, a note on how to build it.
/// </summary>
public sealed class GraphiQLModel(GraphiQLAssets assets, IAntiforgery antiforgery) : PageModel
{
    /// <summary>
    /// Scripts, styles, fonts and workers from this site only. Inline styles are allowed because Monaco (GraphiQL's
    /// editor) writes its own style elements at run time; its fonts and icons are data: URLs in GraphiQL's stylesheet.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public bool IsBuilt { get; private set; }

    public string Script { get; private set; } = GraphiQLAssets.Script;

    public string Stylesheet { get; private set; } = GraphiQLAssets.Stylesheet;

    public string AntiforgeryHeader { get; private set; } = "";

    public string AntiforgeryToken { get; private set; } = "";

    public void OnGet()
    {
        var headers = Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        IsBuilt = assets.IsBuilt;
        Script = assets.Versioned(GraphiQLAssets.Script);
        Stylesheet = assets.Versioned(GraphiQLAssets.Stylesheet);
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        AntiforgeryHeader = tokens.HeaderName ?? "RequestVerificationToken";
        AntiforgeryToken = tokens.RequestToken ?? "";
    }
}
