using System.Text.Json.Nodes;
using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Data;

/// <summary>Sets the instance's correlation id to the value of <c>Value</c> (JavaScript), so that events for that id resume it.</summary>
public sealed class CorrelateTask : TaskActivity
{
    public override string Name => "CorrelateTask";

    public override Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var value = workflow.Evaluate(activity.Expression("Value"));
        workflow.CorrelationId = value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value?.ToJsonString();
        return Task.FromResult(ActivityResult.Outcomes("Done"));
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity) => Scripts.Check(activity, "Value");
}
