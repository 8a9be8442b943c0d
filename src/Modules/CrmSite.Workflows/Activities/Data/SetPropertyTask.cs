using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Data;

/// <summary>Sets the workflow property <c>PropertyName</c> to the value of <c>Value</c> (JavaScript).</summary>
public sealed class SetPropertyTask : TaskActivity
{
    public override string Name => "SetPropertyTask";

    public override Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        workflow.Properties[activity.Text("PropertyName") ?? ""] = workflow.Evaluate(activity.Expression("Value"));
        return Task.FromResult(ActivityResult.Outcomes("Done"));
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity) =>
        [.. Names.Require(activity, "PropertyName"), .. Scripts.Check(activity, "Value")];
}
