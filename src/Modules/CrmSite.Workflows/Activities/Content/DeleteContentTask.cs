using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Content;

/// <summary>Orchard's <c>DeleteContentTask</c>: removes the item <c>Content</c> names (the workflow's item by default); its versions stay in the store.</summary>
public sealed class DeleteContentTask : ContentTask
{
    public override string Name => "DeleteContentTask";

    public override async Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var id = RequiredContentItemId(workflow, activity);
        ActAsWorkflowWhenAnonymous(workflow);
        var result = await Content(workflow).RemoveAsync(id);
        return result.Succeeded ? Done(workflow, result.Item!) : throw Refused(activity, result);
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity) => Scripts.Check(activity, "Content", required: false);
}
