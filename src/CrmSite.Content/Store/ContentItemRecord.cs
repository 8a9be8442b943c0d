namespace CrmSite.Content.Store;

/// <summary>One version of a content item: index columns for queries, and the item's JSON as written.</summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }
    public required string ContentItemId { get; set; }
    public required string ContentItemVersionId { get; set; }
    public required string ContentType { get; set; }
    public string? DisplayText { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    /// <summary>1 for the first version of an item, counting up.</summary>
    public int Number { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public required string Data { get; set; }
}
