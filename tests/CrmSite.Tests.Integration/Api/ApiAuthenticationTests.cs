using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Api;

public abstract class ApiAuthenticationTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Token_IsRefused_WhenSecretIsWrong()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        using var client = Site.CreateClient();

        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "nobody",
            ["client_secret"] = "wrong",
        }));

        Assert.False(response.IsSuccessStatusCode);
        Assert.DoesNotContain("access_token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Write_Returns401_WhenBearerTokenIsForged()
    {
        using var client = Site.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");

        using var response = await Pages.PostAsync(client, Pages.New("Forged"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [SkippableFact]
    public async Task CookieWrite_NeedsAntiforgeryHeader()
    {
        using var browser = Site.CreateClient();
        using var login = await browser.PostAsJsonAsync("/api/account/login",
            new { userName = SiteFactory.AdminUser, password = SiteFactory.AdminPassword });
        var antiforgery = await browser.GetFromJsonAsync<JsonObject>("/api/account/antiforgery");

        using var withoutHeader = await Pages.PostAsync(browser, Pages.New("Cookie without header"));
        browser.DefaultRequestHeaders.Add(antiforgery!["headerName"]!.GetValue<string>(), antiforgery["token"]!.GetValue<string>());
        using var withHeader = await Pages.PostAsync(browser, Pages.New("Cookie with header"));

        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutHeader.StatusCode);
        Assert.Contains("Antiforgery", await withoutHeader.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, withHeader.StatusCode);
    }

    [SkippableFact]
    public async Task Login_Returns401_WhenPasswordIsWrong()
    {
        using var browser = Site.CreateClient();

        using var response = await browser.PostAsJsonAsync("/api/account/login", new { userName = SiteFactory.AdminUser, password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class ApiAuthenticationSqliteTests(SqliteSite fixture) : ApiAuthenticationTests(fixture), IClassFixture<SqliteSite>;

public sealed class ApiAuthenticationPostgresTests(PostgresSite fixture) : ApiAuthenticationTests(fixture), IClassFixture<PostgresSite>;
