using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Benchmarks.Hosting;

/// <summary>
/// The real site (Program.cs, every module, SQLite file store) in a temporary data folder. With a real socket it
/// listens on Kestrel at a free loopback port; UseKestrel only takes the port on a subclass, hence this class.
/// </summary>
public sealed class CrmSiteFactory : WebApplicationFactory<Program>
{
    private readonly bool _kestrel;

    public CrmSiteFactory(bool kestrel)
    {
        _kestrel = kestrel;
        DataPath = Directory.CreateTempSubdirectory("crmsite-bench-").FullName;
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    /// <summary>The site's data folder (CrmSite:DataPath).</summary>
    public string DataPath { get; }

    /// <summary>The SQLite file the site writes (the default name inside the data folder).</summary>
    public string DatabaseFile => Path.Combine(DataPath, "crmsite.db");

    /// <summary>Starts the host (migration and setup run before it serves) and returns its address on Kestrel.</summary>
    public Uri Start()
    {
        if (!_kestrel)
        {
            _ = Services;
            return new Uri("http://localhost/");
        }
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The site needs no content files (its recipes are copied beside this assembly); the factory's guess
        // from the solution folder is wrong for src/CrmSite.Web.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Production");
        builder.UseSetting("CrmSite:DataPath", DataPath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("CRMSITE_ADMIN_USER", "bench-admin");
        builder.UseSetting("CRMSITE_ADMIN_PASSWORD", "Bench-Admin-Password-1");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataPath))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(DataPath, recursive: true);
        }
    }
}
