namespace CrmSite.Workflows.Locking;

/// <summary>
/// A lock shared by every node on the same store, so that one node at a time runs the timers. Acquiring never
/// waits: a node that finds the lock held skips its turn.
/// </summary>
public interface IWorkflowLock
{
    /// <summary>The lock <paramref name="name"/> if nobody holds it now, released when disposed; null when someone does.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken);
}
