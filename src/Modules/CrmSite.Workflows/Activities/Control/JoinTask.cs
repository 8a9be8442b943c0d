using System.Text.Json.Nodes;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Control;

/// <summary>
/// Brings branches together: with <c>Mode</c> <c>WaitAll</c> (the default) it takes <c>Joined</c> once a branch has
/// arrived from every activity with a transition to it; with <c>WaitAny</c>, on the first arrival. A branch that
/// arrives while others are still on their way does nothing further.
/// </summary>
public sealed class JoinTask : TaskActivity
{
    public override string Name => "JoinTask";

    public override IReadOnlyList<string> Outcomes(ActivityContext activity) => ["Joined"];

    public override Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var arrived = activity.State["Arrived"] as JsonArray ?? [];
        activity.State["Arrived"] = arrived;
        if (activity.ArrivedFrom is { } from && !arrived.Any(a => a?.GetValue<string>() == from))
        {
            arrived.Add(from);
        }
        var waitAny = string.Equals(activity.Text("Mode"), "WaitAny", StringComparison.OrdinalIgnoreCase);
        var inbound = workflow.Type.Transitions.Where(t => t.DestinationActivityId == activity.ActivityId)
            .Select(t => t.SourceActivityId).Distinct().ToList();
        var all = inbound.All(source => arrived.Any(a => a?.GetValue<string>() == source));
        if (waitAny ? arrived.Count == 1 : all)
        {
            if (!waitAny)
            {
                activity.State.Remove("Arrived");
            }
            return Task.FromResult(ActivityResult.Outcomes("Joined"));
        }
        return Task.FromResult(ActivityResult.Noop);
    }
}
