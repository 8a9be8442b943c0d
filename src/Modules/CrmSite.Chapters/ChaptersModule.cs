using CrmSite.Content.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Chapters;

/// <summary>Chapter, Organization (member organisation), Member (individual) and the terms of reference. Its content types are defined by the recipes in <c>recipes/</c>.</summary>
public sealed class ChaptersModule : IModule
{
    public string Name => "CrmSite.Chapters";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
