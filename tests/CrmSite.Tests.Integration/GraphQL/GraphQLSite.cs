using CrmSite.Content.Store;
using CrmSite.GraphQL.Schema;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>A site whose GraphQL requests are watched: every SQL command they run is logged, and a test mutation counts its runs.</summary>
public sealed class GraphQLSite(StoreProvider provider) : SiteFactory(provider)
{
    public SqlCommandLog Sql => Services.GetRequiredService<SqlCommandLog>();

    public TouchMutation Touch => Services.GetServices<IContentGraphContributor>().OfType<TouchMutation>().Single();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<SqlCommandLog>();
            services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<SqlCommandLog>());
            services.AddSingleton<IContentGraphContributor, TouchMutation>();
        });
    }
}
