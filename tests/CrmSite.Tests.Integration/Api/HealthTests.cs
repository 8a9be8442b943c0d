using System.Net;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Api;

public abstract class HealthTests(SiteFixture fixture)
{
    [SkippableFact]
    public async Task Health_Returns200_WhenStoreIsReachable()
    {
        using var client = fixture.Site.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task OpenApi_DescribesTheContentApi()
    {
        using var client = fixture.Site.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/content/{contentItemId}", document, StringComparison.Ordinal);
        Assert.Contains("/api/content/{contentItemId}/publish", document, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task UnknownPath_Returns404Problem_ForAnonymousCallers()
    {
        using var client = fixture.Site.CreateClient();

        using var response = await client.GetAsync("/no/such/page");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class HealthSqliteTests(SqliteSite fixture) : HealthTests(fixture), IClassFixture<SqliteSite>;

public sealed class HealthPostgresTests(PostgresSite fixture) : HealthTests(fixture), IClassFixture<PostgresSite>;
