namespace CrmSite.Content.Management;

/// <summary>
/// Told after a content change has committed in a transaction of its own, outside it: work that must not hold
/// the change's transaction or fail it (workflows) starts here. A change inside a caller's transaction (a recipe)
/// commits with the caller, and observers are not told of it.
/// </summary>
public interface IContentCommitObserver
{
    Task CommittedAsync(CancellationToken cancellationToken);

    /// <summary>The change rolled back (refused, stale, or failed): what its events announced did not happen.</summary>
    void RolledBack()
    {
    }
}
