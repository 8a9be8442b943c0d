using CrmSite.Content.Management;
using CrmSite.Content.Modules;
using CrmSite.FactSheets.ContentTypes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.FactSheets;

/// <summary>
/// FactSheet, Indicator and IndicatorValue, the Topics taxonomy, LegalMilestone and Publication. The content types
/// are defined by <c>recipes/crm-factsheets.recipe.json</c>; this module adds their domain rules and
/// names indicator values.
/// </summary>
public sealed class FactSheetsModule : IModule
{
    public string Name => "CrmSite.FactSheets";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IContentValidator, FactSheetValidator>();
        services.AddScoped<IContentValidator, FactSheetReferencesValidator>();
        services.AddScoped<IContentValidator, IndicatorValidator>();
        services.AddScoped<IContentValidator, IndicatorValueValidator>();
        services.AddScoped<IContentValidator, LegalMilestoneValidator>();
        services.AddScoped<IContentValidator, PublicationValidator>();
        services.AddScoped<IContentHandler, IndicatorValueNaming>();
    }
}
