using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Recipes;
using CrmSite.Content.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Infrastructure;

/// <summary>
/// A real CrmSite on a real store: a SQLite file in a temporary folder, or a fresh PostgreSQL database.
/// Passing an existing folder or database starts a second node (or a restart) on the same store.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "Admin-Passw0rd!";

    // A second node owns its own data folder (its Lucene directories) but not the PostgreSQL database it was given.
    private readonly bool _ownsFolder;
    private readonly bool _ownsDatabase;

    public SiteFactory(StoreProvider provider, string? dataPath = null, string? postgresConnection = null, bool generatePassword = false)
    {
        Provider = provider;
        GeneratePassword = generatePassword;
        _ownsFolder = dataPath is null;
        _ownsDatabase = postgresConnection is null;
        DataPath = dataPath ?? Directory.CreateTempSubdirectory("crmsite-test-").FullName;
        if (provider == StoreProvider.Postgres)
        {
            TestStores.RequirePostgres();
            PostgresConnection = postgresConnection ?? TestStores.CreatePostgresDatabase();
        }
    }

    public StoreProvider Provider { get; }

    public string DataPath { get; }

    public string? PostgresConnection { get; }

    public bool GeneratePassword { get; }

    /// <summary>
    /// Sign-in attempts one address may make in a minute: tests sign in far more often than people do, and all
    /// come from one address, so only the rate-limit test's own site keeps a small number.
    /// </summary>
    public int SignInAttemptsPerMinute { get; init; } = 100_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CrmSite:DataPath", DataPath);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:CrmSite", PostgresConnection ?? "");
        builder.UseSetting("CRMSITE_ADMIN_USER", AdminUser);
        builder.UseSetting("CRMSITE_ADMIN_PASSWORD", GeneratePassword ? "" : AdminPassword);
        builder.UseSetting("CrmSite:SignIn:AttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseEnvironment("Production");
    }

    /// <summary>Runs a recipe given as JSON text, as the CLI would.</summary>
    public async Task<RecipeResult> ImportAsync(string json, string source = "test.recipe.json", string? baseDirectory = null)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(json, source, baseDirectory);
    }

    /// <summary>Runs <paramref name="work"/> against the store in a scope of its own.</summary>
    public async Task<T> WithStoreAsync<T>(Func<CrmSiteDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<CrmSiteDbContext>());
    }

    /// <summary>A client authenticated with a bearer token of an API client holding <paramref name="roles"/>.</summary>
    public async Task<HttpClient> CreateApiClientAsync(params string[] roles)
    {
        var clientId = "test-" + Guid.NewGuid().ToString("N")[..8];
        const string secret = "test-secret-0123456789";
        var roleEntries = new JsonArray(roles.Select(r => (JsonNode)new JsonObject { ["Name"] = r }).ToArray());
        var recipe = new JsonObject
        {
            ["name"] = "api-client-" + clientId,
            ["steps"] = new JsonArray
            {
                new JsonObject
                {
                    ["name"] = "OpenIdApplication",
                    ["ClientId"] = clientId,
                    ["ClientSecret"] = secret,
                    ["DisplayName"] = clientId,
                    ["Type"] = "confidential",
                    ["AllowClientCredentialsFlow"] = true,
                    ["RoleEntries"] = roleEntries,
                },
            },
        };
        await ImportAsync(recipe.ToJsonString());
        var client = CreateClient();
        var token = await RequestTokenAsync(client, clientId, secret);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<string> RequestTokenAsync(HttpClient client, string clientId, string secret)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.IsSuccessStatusCode, $"token request failed: {(int)response.StatusCode} {body}");
        return body!["access_token"]!.GetValue<string>();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }
        if (PostgresConnection is not null && _ownsDatabase)
        {
            TestStores.DropPostgresDatabase(PostgresConnection);
        }
        if (!_ownsFolder)
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

    /// <summary>Counts rows, for tests that check a failed import left the store as it was.</summary>
    public Task<(int Versions, long DefinitionsVersion, int Roles, int Tasks)> SnapshotAsync() => WithStoreAsync(async db => (
        await db.ContentItems.CountAsync(),
        await db.Documents.Where(d => d.Name == "ContentDefinitions").Select(d => d.Version).FirstOrDefaultAsync(),
        await db.Roles.CountAsync(),
        await db.IndexingTasks.CountAsync()));
}
