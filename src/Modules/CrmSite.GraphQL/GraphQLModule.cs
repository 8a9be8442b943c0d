using CrmSite.Content.Modules;
using CrmSite.Content.Security;
using CrmSite.GraphQL.Endpoint;
using CrmSite.GraphQL.Mutations;
using CrmSite.GraphQL.Pages;
using CrmSite.GraphQL.Querying;
using CrmSite.GraphQL.Schema;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.GraphQL;

/// <summary>
/// The GraphQL API at <c>/api/graphql</c>: a schema generated from the content definitions with Orchard Core's
/// conventions, rebuilt when they change; filters on fields and pickers, Relay connections, batched loads,
/// limits on by default (<c>CrmSite:GraphQL</c>), and mutations (<c>saveDraft</c>, <c>publish</c>, <c>unpublish</c>)
/// through the same write path as the REST API; GraphiQL at <c>/admin/graphql</c> for signed-in users.
/// </summary>
public sealed class GraphQLModule : IModule
{
    public string Name => "CrmSite.GraphQL";

    public IReadOnlyCollection<string> Features => ["OrchardCore.Apis.GraphQL"];

    public IReadOnlyCollection<Permission> Permissions => GraphQLPermissions.All;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLOptions>().Bind(configuration.GetSection("CrmSite:GraphQL"));
        services.AddSingleton<ContentSchemaCache>();
        services.AddSingleton<GraphQLRunner>();
        services.AddSingleton<ValidatedDocuments>();
        services.AddScoped<ContentGraphData>();
        services.AddSingleton<ItemSnapshots>();
        services.AddSingleton<IContentGraphContributor, ContentMutations>();
        // Search and saved queries appear only when a module offers them (IVisitorSearch, ISavedQueries).
        services.AddSingleton<IContentGraphContributor, SearchGraph>();
        services.AddSingleton<IContentGraphContributor, SavedQueryGraph>();
        services.AddSingleton(sp => GraphiQLAssets.From(sp.GetRequiredService<IWebHostEnvironment>()));
        services.AddAuthorization(GraphiQLPages.AddPolicy);
        services.AddRazorPages(GraphiQLPages.Authorize).AddApplicationPart(typeof(GraphQLModule).Assembly);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => GraphQLEndpoint.Map(endpoints);
}
