using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Workflows.Locking;

/// <summary>
/// A lease row in <c>LockLeases</c>, for SQLite, which has no advisory locks: one statement inserts the lease or
/// takes over an expired one, so two nodes racing for it cannot both win. A node that dies holding it blocks the
/// others until <see cref="Lease"/> has passed.
/// </summary>
public sealed class LeaseWorkflowLock(IServiceScopeFactory scopes, TimeProvider clock) : IWorkflowLock
{
    /// <summary>How long a lease lasts when its holder does not release it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>This node (process): a lease names its owner so that a late release cannot free a lease taken over since.</summary>
    public string Owner { get; } = Guid.NewGuid().ToString("N");

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + Lease;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmSiteDbContext>();
        var taken = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "LockLeases" ("Name", "Owner", "ExpiresUtc") VALUES ({name}, {Owner}, {expires})
            ON CONFLICT ("Name") DO UPDATE SET "Owner" = excluded."Owner", "ExpiresUtc" = excluded."ExpiresUtc"
            WHERE "LockLeases"."ExpiresUtc" < {now}
            """, cancellationToken);
        return taken == 1 ? new Held(this, name) : null;
    }

    private async Task ReleaseAsync(string name)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmSiteDbContext>();
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "LockLeases" WHERE "Name" = {name} AND "Owner" = {Owner}""");
    }

    private sealed class Held(LeaseWorkflowLock owner, string name) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                await owner.ReleaseAsync(name);
            }
        }
    }
}
