namespace CrmSite.Workflows.Store;

/// <summary>
/// A row of <c>WorkflowTimers</c>: the last schedule slot a timer fired for, so that a slot fires once however
/// many nodes or restarts see it.
/// </summary>
public sealed class WorkflowTimerRecord
{
    /// <summary><c>{WorkflowTypeId}/{ActivityId}</c> for a starting timer, <c>{WorkflowId}/{ActivityId}</c> for a waiting one.</summary>
    public required string Key { get; set; }
    public DateTime LastSlotUtc { get; set; }
}
