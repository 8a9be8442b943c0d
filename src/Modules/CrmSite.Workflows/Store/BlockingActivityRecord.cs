namespace CrmSite.Workflows.Store;

/// <summary>
/// A row of <c>WorkflowBlockingActivities</c>: an event an instance waits on, found by the event's name and the
/// instance's correlation id when the event happens.
/// </summary>
public sealed class BlockingActivityRecord
{
    public long Id { get; set; }
    public required string WorkflowId { get; set; }
    public required string WorkflowTypeId { get; set; }
    public required string ActivityId { get; set; }
    public required string ActivityName { get; set; }
    public bool IsStart { get; set; }
    public string? CorrelationId { get; set; }
    public DateTime CreatedUtc { get; set; }
}
