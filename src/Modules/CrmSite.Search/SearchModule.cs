using CrmSite.Content.Modules;
using CrmSite.Content.Recipes;
using CrmSite.Content.Search;
using CrmSite.Content.Security;
using CrmSite.Search.Api;
using CrmSite.Search.Indexes;
using CrmSite.Search.Indexing;
using CrmSite.Search.Pages;
using CrmSite.Search.Recipes;
using CrmSite.Search.SavedQueries;
using CrmSite.Search.SiteSearch;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrmSite.Search;

/// <summary>
/// Full-text search: index profiles in the store (recipe steps <c>lucene-index</c>, <c>CreateOrUpdateIndexProfile</c>,
/// rebuild and reset), a Lucene.Net directory per index on each node kept in step with the indexing-task log, and
/// Orchard's Lucene API; visitor search and saved queries are offered to other modules through
/// <see cref="IVisitorSearch"/> and <see cref="ISavedQueries"/>.
/// </summary>
public sealed class SearchModule : IModule
{
    public string Name => "CrmSite.Search";

    public IReadOnlyCollection<string> Features => ["OrchardCore.Search.Lucene", "OrchardCore.Indexing", "OrchardCore.Search", "OrchardCore.Queries"];

    public IReadOnlyCollection<Permission> Permissions => SearchPermissions.All;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IndexProfileStore>();
        services.AddSingleton<LuceneIndexes>();
        services.AddScoped<IndexSynchronizer>();
        services.AddHostedService<IndexSyncWorker>();
        services.AddScoped<SiteSearcher>();
        services.AddScoped<IVisitorSearch>(sp => sp.GetRequiredService<SiteSearcher>());
        services.AddSingleton<SiteSearchIndex>();
        services.AddSingleton<FacetLabels>();
        services.AddSingleton<TypeFilters>();
        services.TryAddSingleton<LuceneQueryOptions>();
        services.AddScoped<LuceneQueryRunner>();
        services.AddScoped<SavedQueryStore>();
        services.AddSingleton<SavedQueryCache>();
        services.AddScoped<ISavedQueries, SavedQueryRunner>();
        services.AddSingleton<QueryTemplates>();
        services.AddScoped<IRecipeStep, QueriesStep>();
        services.AddScoped<IndexRebuildRequests>();
        services.AddRazorPages(SearchPages.Authorize).AddApplicationPart(typeof(SearchModule).Assembly);
        services.AddScoped<IRecipeStep>(sp => new LuceneIndexStep(sp.GetRequiredService<IndexProfileStore>()));
        services.AddScoped<IRecipeStep>(sp => new LuceneIndexStep(sp.GetRequiredService<IndexProfileStore>(), profileStep: true));
        foreach (var name in new[] { "lucene-index-rebuild", "lucene-index-reset", "RebuildIndex", "ResetIndex" })
        {
            services.AddScoped<IRecipeStep>(sp => new LuceneIndexCommandStep(sp.GetRequiredService<IndexProfileStore>(), name));
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        LuceneApi.Map(endpoints);
        IndexListApi.Map(endpoints);
        SearchApi.Map(endpoints);
        QueriesApi.Map(endpoints);
    }
}
