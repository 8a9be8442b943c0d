using CrmSite.Chapters.ContentTypes;
using CrmSite.Content.Management;
using CrmSite.Content.Modules;
using CrmSite.Content.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Chapters;

/// <summary>
/// The coalition: its terms of reference, chapters (national, provincial and regional, with no hierarchy between
/// them), member organisations, individual members (personal data behind <c>ViewMembers</c>) and dated membership
/// counts. The content types are defined by <c>recipes/crm-setup.recipe.json</c>.
/// </summary>
public sealed class ChaptersModule : IModule
{
    public string Name => "CrmSite.Chapters";

    public IReadOnlyCollection<Permission> Permissions => ChaptersPermissions.All;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new ContentTypeGuard(ChapterTypes.Member, ChaptersPermissions.ViewMembers));
        services.AddScoped<IContentValidator, ChapterValidator>();
        services.AddScoped<IContentValidator, OrganizationValidator>();
        services.AddScoped<IContentValidator, MemberValidator>();
    }
}
