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
}

public sealed class HealthSqliteTests(SqliteSite fixture) : HealthTests(fixture), IClassFixture<SqliteSite>;

public sealed class HealthPostgresTests(PostgresSite fixture) : HealthTests(fixture), IClassFixture<PostgresSite>;
