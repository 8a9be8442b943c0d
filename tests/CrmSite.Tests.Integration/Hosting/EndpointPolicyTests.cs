using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Hosting;

public sealed class EndpointPolicyTests(SqliteSite fixture) : IClassFixture<SqliteSite>
{
    /// <summary>The only endpoints anyone may call without a permission policy. Adding one is a security decision.</summary>
    private static readonly HashSet<string> AnonymousAllowlist =
    [
        "/health",
        "/openapi/{documentName}.json",
        "/connect/token",
        "/api/account/antiforgery",
        "/api/account/login",
        "/api/account/change-password",
        "/admin/login",
        "/admin/change-password",
        "/admin/culture",
        "/media/{**path}",
        // Signal links arrive in mails and webhooks; the signed token is their authorisation.
        "/workflows/signal",
        "/{*path}",
    ];

    [Fact]
    public void EveryEndpoint_HasAPolicyOrIsOnTheAnonymousAllowlist()
    {
        var endpoints = fixture.Site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var anonymous = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToHashSet();
        var unguarded = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(e => e.DisplayName).ToList();

        Assert.NotEmpty(endpoints);
        Assert.Empty(unguarded);
        Assert.Subset(AnonymousAllowlist, anonymous);
    }
}
