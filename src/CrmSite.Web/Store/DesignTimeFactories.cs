using CrmSite.Content.Store;
using CrmSite.Identity.OpenId;
using CrmSite.Workflows.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CrmSite.Web.Store;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's model with every module's tables.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCrmSiteDbContext>
{
    public SqliteCrmSiteDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteCrmSiteDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(typeof(SqliteDesignTimeFactory).Assembly.GetName().Name))
            .WithContributors([new OpenIdStoreModel(), new WorkflowStoreModel()])
            .Options);
}

/// <inheritdoc cref="SqliteDesignTimeFactory"/>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCrmSiteDbContext>
{
    public PostgresCrmSiteDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresCrmSiteDbContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsAssembly(typeof(PostgresDesignTimeFactory).Assembly.GetName().Name))
            .WithContributors([new OpenIdStoreModel(), new WorkflowStoreModel()])
            .Options);
}
