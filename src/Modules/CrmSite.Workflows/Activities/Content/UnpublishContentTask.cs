using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Content;

/// <summary>Orchard's <c>UnpublishContentTask</c>: takes the item <c>Content</c> names (the workflow's item by default) offline; its latest version stays as a draft.</summary>
public sealed class UnpublishContentTask : ContentTask
{
    public override string Name => "UnpublishContentTask";

    public override async Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var id = RequiredContentItemId(workflow, activity);
        ActAsWorkflowWhenAnonymous(workflow);
        var result = await Content(workflow).UnpublishAsync(id);
        return result.Succeeded ? Done(workflow, result.Item!) : throw Refused(activity, result);
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity) => Scripts.Check(activity, "Content", required: false);
}
