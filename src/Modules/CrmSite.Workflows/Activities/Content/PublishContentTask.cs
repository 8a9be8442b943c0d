using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Content;

/// <summary>Orchard's <c>PublishContentTask</c>: publishes the latest version of the item <c>Content</c> names (the workflow's item by default).</summary>
public sealed class PublishContentTask : ContentTask
{
    public override string Name => "PublishContentTask";

    public override async Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var id = RequiredContentItemId(workflow, activity);
        ActAsWorkflowWhenAnonymous(workflow);
        var result = await Content(workflow).PublishAsync(id);
        return result.Succeeded ? Done(workflow, result.Item!) : throw Refused(activity, result);
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity) => Scripts.Check(activity, "Content", required: false);
}
