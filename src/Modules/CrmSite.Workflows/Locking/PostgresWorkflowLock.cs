using CrmSite.Content.Store;
using Medallion.Threading.Postgres;

namespace CrmSite.Workflows.Locking;

/// <summary>
/// A PostgreSQL session advisory lock: it is held by an open connection, so a node that dies releases it with its
/// connection and no lease has to run out.
/// </summary>
public sealed class PostgresWorkflowLock(StoreOptions store) : IWorkflowLock
{
    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        var advisory = new PostgresDistributedLock(new PostgresAdvisoryLockKey(name, allowHashing: true),
            store.ConnectionString ?? throw new InvalidOperationException("The PostgreSQL store has no connection string."));
        return await advisory.TryAcquireAsync(TimeSpan.Zero, cancellationToken);
    }
}
