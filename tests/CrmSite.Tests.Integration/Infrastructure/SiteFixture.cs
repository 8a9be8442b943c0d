using CrmSite.Content.Store;

namespace CrmSite.Tests.Integration.Infrastructure;

/// <summary>
/// One started site shared by the tests of a class, created on first use. On PostgreSQL, asking for the site
/// skips the test (or fails it in CI) when no server is configured.
/// </summary>
public abstract class SiteFixture<TSite>(StoreProvider provider, Func<StoreProvider, TSite> create) : IDisposable
    where TSite : SiteFactory
{
    private readonly Lazy<TSite> _site = new(() => create(provider));

    public StoreProvider Provider => provider;

    public TSite Site
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

/// <summary>A shared site with nothing added to it.</summary>
public abstract class SiteFixture(StoreProvider provider) : SiteFixture<SiteFactory>(provider, p => new SiteFactory(p));

public sealed class SqliteSite() : SiteFixture(StoreProvider.Sqlite);

public sealed class PostgresSite() : SiteFixture(StoreProvider.Postgres);
