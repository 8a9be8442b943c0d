namespace CrmSite.Content.Store;

/// <summary>Who did what to which content, written in the same transaction as the change.</summary>
public sealed class AuditEventRecord
{
    public long Id { get; set; }
    public required string EventName { get; set; }
    public string? ContentItemId { get; set; }
    public string? ContentItemVersionId { get; set; }
    public string? ContentType { get; set; }
    public string? UserName { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? Details { get; set; }
}
