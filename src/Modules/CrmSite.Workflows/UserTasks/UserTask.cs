using CrmSite.Content.Items;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Model;

namespace CrmSite.Workflows.UserTasks;

/// <summary>A task waiting for a person: the instance, the activity, what can be done, and what it is about.</summary>
public sealed record UserTask(WorkflowInstance Instance, ActivityContext Activity, string TypeName, IReadOnlyList<string> Actions,
    ContentItem? ContentItem, DateTime WaitingSinceUtc, IReadOnlySet<string> SubmitterIds)
{
    public string WorkflowId => Instance.WorkflowId;

    public string ActivityId => Activity.ActivityId;
}
