namespace CrmSite.Workflows.Store;

/// <summary>A row of <c>LockLeases</c>: who holds a named lock until when, for stores without advisory locks (SQLite).</summary>
public sealed class LockLeaseRecord
{
    public required string Name { get; set; }
    public required string Owner { get; set; }
    public DateTime ExpiresUtc { get; set; }
}
