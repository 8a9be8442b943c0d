namespace CrmSite.Workflows.Store;

/// <summary>A row of <c>Workflows</c>: an instance, its state as JSON, and the columns lists and lookups need.</summary>
public sealed class WorkflowRecord
{
    public long Id { get; set; }
    public required string WorkflowId { get; set; }
    public required string WorkflowTypeId { get; set; }
    public int Status { get; set; }
    public string? CorrelationId { get; set; }
    public string? FaultMessage { get; set; }
    public required string State { get; set; }
    public string? StartedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public long Version { get; set; }
}
