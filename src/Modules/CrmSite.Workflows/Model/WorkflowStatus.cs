namespace CrmSite.Workflows.Model;

/// <summary>An instance's status, with Orchard's names and numbers.</summary>
public enum WorkflowStatus
{
    Idle = 0,
    Starting = 1,
    Resuming = 2,
    Executing = 3,
    Halted = 4,
    Finished = 5,
    Faulted = 6,
    Aborted = 7,
}
