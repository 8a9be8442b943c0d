using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>One <see cref="GraphQLSite"/> (a site that logs its SQL commands) shared by the tests of a class.</summary>
public abstract class GraphQLSiteFixture(StoreProvider provider) : SiteFixture<GraphQLSite>(provider, p => new GraphQLSite(p));

public sealed class GraphQLSqliteSite() : GraphQLSiteFixture(StoreProvider.Sqlite);

public sealed class GraphQLPostgresSite() : GraphQLSiteFixture(StoreProvider.Postgres);
