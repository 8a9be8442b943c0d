using Microsoft.EntityFrameworkCore;

namespace CrmSite.Content.Store;

/// <summary>Lets a module add its tables to the one store, so that its rows share the content transaction.</summary>
public interface IStoreModelContributor
{
    void Configure(ModelBuilder modelBuilder);
}
