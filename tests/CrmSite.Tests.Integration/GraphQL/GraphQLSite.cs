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

/// <summary>One <see cref="GraphQLSite"/> shared by the tests of a class; on PostgreSQL it skips (or fails in CI) without a server.</summary>
public abstract class GraphQLSiteFixture(StoreProvider provider) : IDisposable
{
    private readonly Lazy<GraphQLSite> _site = new(() => new GraphQLSite(provider));

    public StoreProvider Provider => provider;

    public GraphQLSite Site
    {
        get
        {
            if (provider == StoreProvider.Postgres)
            {
                TestStores.RequirePostgres();
            }
            return _site.Value;
        }
    }

    public void Dispose()
    {
        if (_site.IsValueCreated)
        {
            _site.Value.Dispose();
        }
        GC.SuppressFinalize(this);
    }
}

public sealed class GraphQLSqliteSite() : GraphQLSiteFixture(StoreProvider.Sqlite);

public sealed class GraphQLPostgresSite() : GraphQLSiteFixture(StoreProvider.Postgres);
