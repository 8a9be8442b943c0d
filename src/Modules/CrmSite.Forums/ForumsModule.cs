using CrmSite.Content.Management;
using CrmSite.Content.Modules;
using CrmSite.Content.Security;
using CrmSite.Forums.ContentTypes;
using CrmSite.Forums.GraphQL;
using CrmSite.GraphQL.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Forums;

/// <summary>
/// Forum, ForumTopic and ForumReply, with closed forums and topics, and the GraphQL mutations members post with.
/// Its content types are defined by the recipes in <c>recipes/</c>.
/// </summary>
public sealed class ForumsModule : IModule
{
    public string Name => "CrmSite.Forums";

    public IReadOnlyCollection<Permission> Permissions => ForumPermissions.All;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IContentValidator, ForumPostValidator>();
        services.AddSingleton<IContentWriteRule, ForumCloseRule>();
        services.AddScoped<ForumPosting>();
        services.AddSingleton<IContentGraphContributor, ForumMutations>();
    }
}
