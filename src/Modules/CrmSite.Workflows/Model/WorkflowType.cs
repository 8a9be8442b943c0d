namespace CrmSite.Workflows.Model;

/// <summary>
/// A workflow type in Orchard's JSON: activities placed on a canvas (X, Y), the ones that start it
/// (<see cref="ActivityRecord.IsStart"/>), and transitions from an activity's named outcome to the next activity.
/// </summary>
public sealed class WorkflowType
{
    public string WorkflowTypeId { get; set; } = "";

    public string Name { get; set; } = "";

    public bool IsEnabled { get; set; }

    /// <summary>At most one instance of the type is unfinished at a time.</summary>
    public bool IsSingleton { get; set; }

    public int LockTimeout { get; set; }

    public int LockExpiration { get; set; }

    /// <summary>Finished instances are removed rather than kept for the record.</summary>
    public bool DeleteFinishedWorkflows { get; set; }

    public List<ActivityRecord> Activities { get; set; } = [];

    public List<Transition> Transitions { get; set; } = [];

    public ActivityRecord? Activity(string activityId) =>
        Activities.FirstOrDefault(a => string.Equals(a.ActivityId, activityId, StringComparison.Ordinal));
}
