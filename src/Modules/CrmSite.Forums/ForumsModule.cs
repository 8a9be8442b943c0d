using CrmSite.Content.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Forums;

/// <summary>Forum, ForumTopic and ForumReply, with closed forums and topics. Its content types are defined by the recipes in <c>recipes/</c>.</summary>
public sealed class ForumsModule : IModule
{
    public string Name => "CrmSite.Forums";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
