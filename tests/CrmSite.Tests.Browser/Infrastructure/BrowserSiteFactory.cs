using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Browser.Infrastructure;

/// <summary>
/// The real site on a SQLite file in a temporary folder, listening on a free port of a real socket so a browser can
/// reach it. <see cref="WebApplicationFactory{TEntryPoint}.UseKestrel(int)"/> is called here, on the subclass itself:
/// on a <c>WithWebHostBuilder</c> copy the port would be ignored.
/// </summary>
public sealed class BrowserSiteFactory : WebApplicationFactory<Program>
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "Admin-Passw0rd!";

    public BrowserSiteFactory()
    {
        DataPath = Directory.CreateTempSubdirectory("crmsite-browser-").FullName;
        UseKestrel(0);
    }

    public string DataPath { get; }

    /// <summary>Starts the server and returns where it listens.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CrmSite:DataPath", DataPath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:CrmSite", "");
        builder.UseSetting("CRMSITE_ADMIN_USER", AdminUser);
        // The tests sign in far more often than people do, all from one address: the per-address limit would refuse them.
        builder.UseSetting("CrmSite:SignIn:AttemptsPerMinute", "100000");
        builder.UseSetting("CRMSITE_ADMIN_PASSWORD", AdminPassword);
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled handle only costs a temp folder.
        }
    }
}
