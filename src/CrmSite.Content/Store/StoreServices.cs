using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Content.Store;

/// <summary>Registers the store for the configured provider.</summary>
public static class StoreServices
{
    public static IServiceCollection AddContentStore(this IServiceCollection services, StoreOptions options)
    {
        Directory.CreateDirectory(options.DataPath);
        services.AddSingleton(options);
        if (options.Provider == StoreProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:CrmSite is empty; set ConnectionStrings__CrmSite.");
            }
            services.AddDbContext<CrmSiteDbContext, PostgresCrmSiteDbContext>(db => db
                .UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsAssembly(options.MigrationsAssembly)));
        }
        else
        {
            services.AddDbContext<CrmSiteDbContext, SqliteCrmSiteDbContext>(db => db
                .UseSqlite(options.SqliteConnectionString, sqlite => sqlite.MigrationsAssembly(options.MigrationsAssembly))
                .AddInterceptors(new SqlitePragmas()));
        }
        services.AddScoped<DocumentStore>();
        services.AddDataProtection().SetApplicationName("CrmSite").PersistKeysToDbContext<CrmSiteDbContext>();
        return services;
    }

    /// <summary>Brings the schema up to date (EF takes a lock, so nodes starting together migrate once).</summary>
    public static async Task MigrateAsync(CrmSiteDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        await db.Database.MigrateAsync(cancellationToken);
    }
}
