using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.GraphQL;

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
