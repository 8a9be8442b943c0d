using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Data;

/// <summary>Sets the workflow output <c>OutputName</c> to the value of <c>Value</c> (JavaScript).</summary>
public sealed class SetOutputTask : TaskActivity
{
    public override string Name => "SetOutputTask";

    public override Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        workflow.Output[activity.Text("OutputName") ?? ""] = workflow.Evaluate(activity.Expression("Value"));
        return Task.FromResult(ActivityResult.Outcomes("Done"));
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity) =>
        [.. Names.Require(activity, "OutputName"), .. Scripts.Check(activity, "Value")];
}
