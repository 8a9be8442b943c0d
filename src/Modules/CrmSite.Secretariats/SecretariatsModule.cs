using CrmSite.Content.Management;
using CrmSite.Content.Modules;
using CrmSite.Content.Security;
using CrmSite.Secretariats.Api;
using CrmSite.Secretariats.ContentTypes;
using CrmSite.Secretariats.GraphQL;
using CrmSite.GraphQL.Schema;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Secretariats;

/// <summary>
/// Secretariats and their terms: each chapter's secretariat is held by a member organisation its general body
/// elects, so the host is derived from dated, sourced terms rather than stored. Election results are drafts until
/// published. The content types are defined by <c>recipes/crm-setup.recipe.json</c>.
/// </summary>
public sealed class SecretariatsModule : IModule
{
    public string Name => "CrmSite.Secretariats";

    public IReadOnlyCollection<Permission> Permissions => SecretariatPermissions.All;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SecretariatDirectory>();
        services.AddScoped<IContentValidator, SecretariatValidator>();
        services.AddScoped<IContentValidator, SecretariatTermValidator>();
        services.AddScoped<IContentValidator, ElectionResultValidator>();
        services.AddSingleton<IContentGraphContributor, SecretariatGraph>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => SecretariatApi.Map(endpoints);
}
