using CrmSite.Content.Management;
using CrmSite.Forums;
using CrmSite.Forums.ContentTypes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Unit.Forums;

public sealed class ForumsModuleTests
{
    [Fact]
    public void Permissions_DeclaresModerateForums_WhenModuleIsListed()
    {
        var module = new ForumsModule();

        var permission = Assert.Single(module.Permissions);

        Assert.Equal("ModerateForums", permission.Name);
        Assert.Equal("Moderate forums: close and reopen forums and topics, edit others' posts", permission.Description);
    }

    [Fact]
    public void ConfigureServices_RegistersPostValidator_WhenModuleIsConfigured()
    {
        var services = new ServiceCollection();

        new ForumsModule().ConfigureServices(services, new ConfigurationBuilder().Build());

        var registration = Assert.Single(services, s => s.ServiceType == typeof(IContentValidator));
        Assert.Equal(typeof(ForumPostValidator), registration.ImplementationType);
        Assert.Equal(ServiceLifetime.Scoped, registration.Lifetime);
    }
}
