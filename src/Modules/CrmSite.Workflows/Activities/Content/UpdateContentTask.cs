using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Content;

/// <summary>
/// Orchard's <c>UpdateContentTask</c>: merges <c>ContentProperties</c> (Liquid rendering JSON) into the latest
/// version of the item <c>Content</c> names (the workflow's item by default) and saves it as a new version,
/// published when <c>Publish</c> is set. <c>Done</c> with the item as the last result; <c>Failed</c> when the
/// change is refused or the item is gone.
/// </summary>
public sealed class UpdateContentTask : ContentTask
{
    public override string Name => "UpdateContentTask";

    public override IReadOnlyList<string> Outcomes(ActivityContext activity) => ["Done", "Failed"];

    public override async Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var id = RequiredContentItemId(workflow, activity);
        var item = await Content(workflow).GetAsync(id, VersionOptions.Latest);
        if (item is null)
        {
            return Failed(workflow, activity, ContentResult.Fail(ContentFailure.NotFound, new ContentError("Content", $"Item {id} was not found.")));
        }
        var properties = await ContentPropertiesAsync(workflow, activity);
        Merge(item.Data, properties);
        ActAsWorkflowWhenAnonymous(workflow);
        var result = await Content(workflow).UpdateAsync(item, item.ContentItemVersionId, activity.Flag("Publish"));
        return result.Succeeded ? Done(workflow, result.Item ?? item) : Failed(workflow, activity, result);
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity) => Scripts.Check(activity, "Content", required: false);
}
