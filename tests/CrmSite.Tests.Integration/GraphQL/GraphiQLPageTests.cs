using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CrmSite.GraphQL.Pages;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// <c>/admin/graphql</c>: only signed-in users get GraphiQL, with its security headers, a self-hosted bundle and the
/// antiforgery token for cookie writes; a site built without the bundle says how to build it.
/// </summary>
public sealed partial class GraphiQLPageTests(SqliteSite fixture) : IClassFixture<SqliteSite>
{
    private const string Path = "/admin/graphql";

    private SiteFactory Site => fixture.Site;

    [Fact]
    public async Task GraphiQLPage_SendsToTheSignInPageWithoutThePage_WhenAnonymous()
    {
        using var client = Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(Path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login?", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("graphiql", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("antiforgery", body, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task GraphiQLPage_ServesTheSelfHostedBundleWithSecurityHeaders_WhenSignedIn()
    {
        RequireBundle();
        using var author = await CookieUsers.SignInAsync(Site, "Author");

        using var response = await author.GetAsync(Path);
        var html = await response.Content.ReadAsStringAsync();
        var csp = Header(response, "Content-Security-Policy");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("worker-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Matches(ModuleScript(), html);
        Assert.Contains($"href=\"{GraphiQLAssets.Stylesheet}?v=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.Contains("data-endpoint=\"/api/graphql\"", html, StringComparison.Ordinal);
        Assert.Contains("data-antiforgery-header=\"RequestVerificationToken\"", html, StringComparison.Ordinal);
        Assert.NotEmpty(AntiforgeryToken().Match(html).Groups[1].Value);
    }

    [SkippableTheory]
    [InlineData("graphiql.js", "javascript")]
    [InlineData("graphiql.css", "text/css")]
    [InlineData("editor.worker.js", "javascript")]
    [InlineData("json.worker.js", "javascript")]
    [InlineData("graphql.worker.js", "javascript")]
    public async Task Bundle_IsServedBySite_WhenBuilt(string file, string contentType)
    {
        RequireBundle();
        using var client = Site.CreateClient();

        using var response = await client.GetAsync(GraphiQLAssets.BasePath + file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(contentType, response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.True(response.Content.Headers.ContentLength > 1000, $"{file} is only {response.Content.Headers.ContentLength} bytes");
    }

    [Fact]
    public async Task PageToken_IsAcceptedByCookieWrites_WhenSentInTheHeader()
    {
        using var author = await CookieUsers.SignInAsync(Site, "Author");
        var token = AntiforgeryToken().Match(await author.GetStringAsync(Path)).Groups[1].Value;
        using var withoutToken = await author.PostAsync("/api/account/logout", null);
        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/account/logout");
        logout.Headers.Add("RequestVerificationToken", WebUtility.HtmlDecode(token));

        using var withToken = await author.SendAsync(logout);
        using var afterwards = await author.GetAsync(Path);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
    }

    [Fact]
    public async Task GraphiQLPage_SaysHowToBuildTheBundle_WhenTheSiteWasBuiltWithoutIt()
    {
        using var node = Site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton(new GraphiQLAssets(new NullFileProvider()))));
        using var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var login = await client.PostAsJsonAsync("/api/account/login", new { userName = SiteFactory.AdminUser, password = SiteFactory.AdminPassword });

        using var response = await client.GetAsync(Path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("GraphiQL is not built", html, StringComparison.Ordinal);
        Assert.Contains("npm ci", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    /// <summary>Skips (outside CI) or fails (in CI) when this build has no GraphiQL bundle (no node or npm at build time).</summary>
    private void RequireBundle()
    {
        if (Site.Services.GetRequiredService<GraphiQLAssets>().IsBuilt)
        {
            return;
        }
        Assert.False(TestStores.IsCi, "CI=true but the GraphiQL bundle was not built: the build needs node and npm.");
        Skip.If(true, "The GraphiQL bundle was not built (no node or npm at build time).");
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    [GeneratedRegex("""<script type="module" src="/_content/CrmSite\.GraphQL/graphiql/graphiql\.js\?v=[\w-]+"></script>""")]
    private static partial Regex ModuleScript();

    [GeneratedRegex("""(src|href)="(https?:)?//""")]
    private static partial Regex ExternalReference();

    [GeneratedRegex("data-antiforgery-token=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
