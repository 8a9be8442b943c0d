namespace CrmSite.Workflows.Model;

/// <summary>A run of a workflow type: its status, what it waits on, its state and its fault.</summary>
public sealed class WorkflowInstance
{
    public long Id { get; set; }

    public string WorkflowId { get; set; } = "";

    public string WorkflowTypeId { get; set; } = "";

    public WorkflowStatus Status { get; set; }

    /// <summary>What the instance is about; content events correlate on the item's ContentItemId.</summary>
    public string? CorrelationId { get; set; }

    public string? FaultMessage { get; set; }

    public WorkflowState State { get; set; } = new();

    public List<BlockingActivity> BlockingActivities { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>The id of the user whose action started the instance, if a user did.</summary>
    public string? StartedBy { get; set; }

    /// <summary>Bumped on every save: a save from a stale copy is refused.</summary>
    public long Version { get; set; }
}
