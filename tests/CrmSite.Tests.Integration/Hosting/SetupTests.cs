using System.Net;
using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Tests.Integration.Hosting;

public abstract class SetupTests(StoreProvider provider) : IDisposable
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("crmsite-setup-").FullName;
    private string? _postgres;

    [SkippableFact]
    public async Task Restart_KeepsDataAndDoesNotRunSetupAgain()
    {
        string id;
        string marker;
        int roles;
        using (var first = NewNode())
        {
            using var api = await first.CreateApiClientAsync("Editor");
            id = Pages.Id(await Pages.CreateAsync(api, "Survives restarts"));
            marker = await first.WithStoreAsync(db => db.Documents.Where(d => d.Name == "Setup").Select(d => d.Content).SingleAsync());
            roles = await first.WithStoreAsync(db => db.Roles.CountAsync());
        }

        using var second = NewNode();
        using var client = second.CreateClient();
        using var response = await client.GetAsync($"/api/content/{id}");
        var markerAfter = await second.WithStoreAsync(db => db.Documents.Where(d => d.Name == "Setup").Select(d => d.Content).SingleAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(marker, markerAfter);
        Assert.Equal(roles, await second.WithStoreAsync(db => db.Roles.CountAsync()));
        Assert.Equal(1, await second.WithStoreAsync(db => db.Users.CountAsync()));
    }

    [SkippableFact]
    public async Task Setup_RunsOnce_WhenTwoNodesStartTogether()
    {
        using var a = NewNode();
        using var b = NewNode();

        await Task.WhenAll(Task.Run(() => a.Server), Task.Run(() => b.Server));

        Assert.Equal(1, await a.WithStoreAsync(db => db.Documents.CountAsync(d => d.Name == "Setup")));
        Assert.Equal(1, await a.WithStoreAsync(db => db.Users.CountAsync()));
        Assert.Equal(SetupRoleCount(), await b.WithStoreAsync(db => db.Roles.CountAsync()));
        // A second run of the setup recipe would have written the settings document again.
        Assert.Equal(1, await b.WithStoreAsync(db => db.Documents.Where(d => d.Name == "SiteSettings").Select(d => d.Version).SingleAsync()));
    }

    private static int SetupRoleCount()
    {
        var recipe = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepositoryFiles.Recipe("crm-setup.recipe.json")))!;
        return recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Roles")!["Roles"]!.AsArray().Count;
    }

    public void Dispose()
    {
        if (_postgres is not null)
        {
            TestStores.DropPostgresDatabase(_postgres);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
        GC.SuppressFinalize(this);
    }

    private SiteFactory NewNode()
    {
        if (provider == StoreProvider.Postgres)
        {
            TestStores.RequirePostgres();
            _postgres ??= TestStores.CreatePostgresDatabase();
        }
        return new SiteFactory(provider, _dataPath, _postgres);
    }
}

public sealed class SetupSqliteTests() : SetupTests(StoreProvider.Sqlite);

public sealed class SetupPostgresTests() : SetupTests(StoreProvider.Postgres);
