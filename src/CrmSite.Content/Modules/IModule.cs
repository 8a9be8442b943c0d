using CrmSite.Content.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Content.Modules;

/// <summary>
/// A module's one entry point: it registers its services, recipe steps, content handlers and validators,
/// declares its permissions and maps its endpoints. The host lists modules explicitly; nothing is scanned.
/// </summary>
public interface IModule
{
    /// <summary>The module's name, e.g. <c>CrmSite.Identity</c>.</summary>
    string Name { get; }

    /// <summary>Orchard Core feature ids this module stands in for (a recipe enabling them gets no warning).</summary>
    IReadOnlyCollection<string> Features => [];

    /// <summary>The permissions this module defines.</summary>
    IReadOnlyCollection<Permission> Permissions => [];

    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
