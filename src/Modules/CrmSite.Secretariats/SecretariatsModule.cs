using CrmSite.Content.Management;
using CrmSite.Content.Modules;
using CrmSite.Content.Security;
using CrmSite.GraphQL.Schema;
using CrmSite.Secretariats.Api;
using CrmSite.Secretariats.ContentTypes;
using CrmSite.Secretariats.Elections;
using CrmSite.Secretariats.GraphQL;
using CrmSite.Secretariats.Workflows;
using CrmSite.Workflows.Engine;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Secretariats;

/// <summary>
/// Secretariats and their terms: each chapter's secretariat is held by a member organisation its general body
/// elects, so the host is derived from dated, sourced terms rather than stored. Election results are drafts until
/// published, and only the election workflow (<c>recipes/crm-elections.recipe.json</c>) publishes them, once another
/// officer of the chapter approves. The content types are defined by <c>recipes/crm-setup.recipe.json</c>.
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
        AddElections(services);
    }

    /// <summary>The election-results workflow's own activities and its API (the workflow itself is data: recipes/crm-elections.recipe.json).</summary>
    private static void AddElections(IServiceCollection services)
    {
        services.AddSingleton<IContentWriteRule, ElectionSubmitRule>();
        services.AddScoped<ElectionRules>();
        services.AddScoped<ElectionPeople>();
        services.AddScoped<ElectionSubmissions>();
        services.AddScoped<IActivity, ValidateElectionResult>();
        services.AddScoped<IActivity, ApplyElectionResult>();
        services.AddScoped<IActivity, CheckSecretariatTerms>();
        services.AddSingleton<IContentGraphContributor, ElectionGraph>();
        services.AddSingleton<IContentGraphContributor, UserTaskGraph>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => SecretariatApi.Map(endpoints);
}
