using CrmSite.Content.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.FactSheets;

/// <summary>FactSheet, Indicator and IndicatorValue, the Topics taxonomy, LegalMilestone and Publication. Its content types are defined by the recipes in <c>recipes/</c>.</summary>
public sealed class FactSheetsModule : IModule
{
    public string Name => "CrmSite.FactSheets";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
