using System.Text.Json.Nodes;
using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Control;

/// <summary>Evaluates <c>Condition</c> (JavaScript) and takes <c>True</c> or <c>False</c>.</summary>
public sealed class IfElseTask : TaskActivity
{
    public override string Name => "IfElseTask";

    public override IReadOnlyList<string> Outcomes(ActivityContext activity) => ["True", "False"];

    public override Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity) =>
        Task.FromResult(ActivityResult.Outcomes(IsTrue(workflow.Evaluate(activity.Expression("Condition"))) ? "True" : "False"));

    public override IEnumerable<ContentError> Validate(ActivityContext activity) => Scripts.Check(activity, "Condition");

    /// <summary>JavaScript's truthiness of a JSON value.</summary>
    internal static bool IsTrue(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<double>(out var d) => d != 0 && !double.IsNaN(d),
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0,
        _ => true,
    };
}
