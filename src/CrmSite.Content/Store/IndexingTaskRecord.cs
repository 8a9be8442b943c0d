namespace CrmSite.Content.Store;

/// <summary>An append-only log of content changes that indexes replay from their own cursor (the Id).</summary>
public sealed class IndexingTaskRecord
{
    public long Id { get; set; }
    public required string ContentItemId { get; set; }
    public IndexingTaskType Type { get; set; }
    public DateTime CreatedUtc { get; set; }
}
