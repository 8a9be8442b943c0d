using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Content;

/// <summary>Orchard's <c>DeleteContentTask</c>: removes the item <c>Content</c> names (the workflow's item by default); its versions stay in the store.</summary>
public sealed class DeleteContentTask(ContentManager content, ContentActor actor) : ContentTask(content, actor)
{
    public override string Name => "DeleteContentTask";

    public override async Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var id = RequiredContentItemId(workflow, activity);
        ActAsWorkflowWhenAnonymous();
        var result = await Content.RemoveAsync(id);
        return result.Succeeded ? Done(workflow, result.Item!) : throw PublishContentTask.Refused(result);
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity) => Scripts.Check(activity, "Content", required: false);
}
