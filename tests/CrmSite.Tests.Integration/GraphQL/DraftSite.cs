using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>A site with the <see cref="DraftScenario"/> built once, on first use, for all tests of a class.</summary>
public abstract class DraftSite : SiteFixture
{
    private readonly Lazy<Task<DraftScenario>> _scenario;

    protected DraftSite(StoreProvider provider) : base(provider) =>
        _scenario = new(() => DraftScenario.BuildAsync(Site));

    public Task<DraftScenario> ScenarioAsync() => _scenario.Value;
}

public sealed class DraftSqliteSite() : DraftSite(StoreProvider.Sqlite);

public sealed class DraftPostgresSite() : DraftSite(StoreProvider.Postgres);
