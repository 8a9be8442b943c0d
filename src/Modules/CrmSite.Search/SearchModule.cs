using CrmSite.Content.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Search;

/// <summary>Full-text search: Lucene.Net indexes kept in step with the store, Orchard's query DSL, the search API.</summary>
public sealed class SearchModule : IModule
{
    public string Name => "CrmSite.Search";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
