using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Content;

/// <summary>
/// Orchard's <c>CreateContentTask</c>: a new item of <c>ContentType</c> with the parts <c>ContentProperties</c>
/// (Liquid rendering JSON) gives, saved published when <c>Publish</c> is set, else as a draft. <c>Done</c> with
/// the item as the last result; <c>Failed</c> when the item is refused (the errors are the last result). The
/// instance keeps its correlation id: a <c>CorrelateTask</c> moves it to the new item when the workflow wants that.
/// </summary>
public sealed class CreateContentTask : ContentTask
{
    public override string Name => "CreateContentTask";

    public override IReadOnlyList<string> Outcomes(ActivityContext activity) => ["Done", "Failed"];

    public override async Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var type = activity.Text("ContentType");
        var item = await Content(workflow).NewAsync(type ?? "")
            ?? throw Fault(activity, $"ContentType '{type}' is not a defined content type.");
        var properties = await ContentPropertiesAsync(workflow, activity);
        Merge(item.Data, properties);
        ActAsWorkflowWhenAnonymous(workflow);
        var result = await Content(workflow).CreateAsync(item, activity.Flag("Publish"));
        return result.Succeeded ? Done(workflow, result.Item ?? item) : Failed(workflow, activity, result);
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity) =>
        string.IsNullOrWhiteSpace(activity.Text("ContentType")) ? [Scripts.Invalid(activity, "ContentType", $"ContentType is required.")] : [];
}
