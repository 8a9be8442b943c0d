using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CrmSite.Content.Store;

/// <summary>Registers the store for the configured provider.</summary>
public static class StoreServices
{
    private const long MigrationLockKey = 0x43524D5369746501; // "CRMSite" + 1
    public static IServiceCollection AddContentStore(this IServiceCollection services, StoreOptions options)
    {
        Directory.CreateDirectory(options.DataPath);
        services.AddSingleton(options);
        // Interceptors registered as IInterceptor services (command diagnostics, tests that count SQL commands) join
        // both providers; contexts are pooled, so they are read once, from the root provider.
        if (options.Provider == StoreProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:CrmSite is empty; set ConnectionStrings__CrmSite.");
            }
            services.AddDbContextPool<CrmSiteDbContext, PostgresCrmSiteDbContext>((sp, db) => db
                .UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsAssembly(options.MigrationsAssembly))
                .WithContributors(sp.GetServices<IStoreModelContributor>())
                .AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            services.AddDbContextPool<CrmSiteDbContext, SqliteCrmSiteDbContext>((sp, db) => db
                .UseSqlite(options.SqliteConnectionString, sqlite => sqlite.MigrationsAssembly(options.MigrationsAssembly))
                .WithContributors(sp.GetServices<IStoreModelContributor>())
                .AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        services.AddScoped<DocumentStore>();
        services.AddDataProtection().SetApplicationName("CrmSite").PersistKeysToDbContext<CrmSiteDbContext>();
        return services;
    }

    /// <summary>Brings the schema up to date; nodes starting together migrate one after the other.</summary>
    public static async Task MigrateAsync(CrmSiteDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            // EF's own migration lock is taken per migration on PostgreSQL, and a second node can then replay a
            // migration the first one just applied; a session-level advisory lock serialises the whole run.
            await using var lockConnection = new NpgsqlConnection(db.Database.GetConnectionString());
            await lockConnection.OpenAsync(cancellationToken);
            await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", lockConnection))
            {
                await take.ExecuteNonQueryAsync(cancellationToken);
            }
            await db.Database.MigrateAsync(cancellationToken);
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLockKey})", lockConnection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
            return;
        }
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
