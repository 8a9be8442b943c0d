using CrmSite.Content.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Secretariats;

/// <summary>Secretariat, SecretariatTerm and ElectionResult: who holds each chapter's secretariat, and when. Its content types are defined by the recipes in <c>recipes/</c>.</summary>
public sealed class SecretariatsModule : IModule
{
    public string Name => "CrmSite.Secretariats";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
