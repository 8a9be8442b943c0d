using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CrmSite.Content.Store;

public static class StoreModelOptions
{
    /// <summary>Adds the modules' tables to the model built from these options.</summary>
    public static DbContextOptionsBuilder WithContributors(this DbContextOptionsBuilder builder, IEnumerable<IStoreModelContributor> contributors)
    {
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new StoreModelExtension([.. contributors]));
        return builder;
    }

    /// <inheritdoc cref="WithContributors(DbContextOptionsBuilder, IEnumerable{IStoreModelContributor})"/>
    public static DbContextOptionsBuilder<TContext> WithContributors<TContext>(this DbContextOptionsBuilder<TContext> builder,
        IEnumerable<IStoreModelContributor> contributors) where TContext : DbContext
    {
        ((DbContextOptionsBuilder)builder).WithContributors(contributors);
        return builder;
    }
}
