using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Content.Store;

/// <summary>
/// Carries the modules' model contributors inside the context options, so that the store can use EF's context
/// pool (a pooled context takes nothing but its options).
/// </summary>
public sealed class StoreModelExtension(IReadOnlyList<IStoreModelContributor> contributors) : IDbContextOptionsExtension
{
    public IReadOnlyList<IStoreModelContributor> Contributors => contributors;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(StoreModelExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"Contributors={extension.Contributors.Count} ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["CrmSite:StoreModelContributors"] = string.Join(",", extension.Contributors.Select(c => c.GetType().Name));
    }
}
