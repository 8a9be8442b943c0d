using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Data;

/// <summary>
/// Runs <c>Script</c> (JavaScript); the outcomes it takes are the ones the script names with <c>setOutcome(name)</c>,
/// among <c>AvailableOutcomes</c>. The script's value becomes the last result.
/// </summary>
public sealed class ScriptTask : TaskActivity
{
    public override string Name => "ScriptTask";

    public override IReadOnlyList<string> Outcomes(ActivityContext activity) =>
        activity.List("AvailableOutcomes") is { Count: > 0 } outcomes ? outcomes : ["Done"];

    public override Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        workflow.TakeScriptOutcomes();
        workflow.LastResult = workflow.Evaluate(activity.Expression("Script"));
        var available = Outcomes(activity);
        var chosen = workflow.TakeScriptOutcomes();
        var unknown = chosen.FirstOrDefault(o => !available.Contains(o, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            throw new ActivityFaultException($"The script chose the outcome '{unknown}', which is not among AvailableOutcomes ({string.Join(", ", available)}).");
        }
        return Task.FromResult(ActivityResult.Outcomes(chosen));
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity) => Scripts.Check(activity, "Script");
}
