using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Content;

/// <summary>
/// Orchard's <c>RetrieveContentTask</c>: the latest version of the item whose id <c>Content</c> (JavaScript)
/// gives becomes the last result (<c>Done</c>); <c>NotFound</c> when there is no such item.
/// </summary>
public sealed class RetrieveContentTask : ContentTask
{
    public override string Name => "RetrieveContentTask";

    public override IReadOnlyList<string> Outcomes(ActivityContext activity) => ["Done", "NotFound"];

    public override async Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var item = ContentItemId(workflow, activity) is { } id ? await Content(workflow).GetAsync(id, VersionOptions.Latest) : null;
        if (item is null)
        {
            workflow.LastResult = null;
            return ActivityResult.Outcomes("NotFound");
        }
        return Done(workflow, item);
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity) => Scripts.Check(activity, "Content", required: false);
}
