using System.Text.Json.Nodes;
using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Signals;

/// <summary>
/// Orchard's <c>SignalEvent</c>: waits for the signal <c>SignalName</c> (Liquid), raised by following a signal URL
/// (<see cref="SignalUrls"/>) for the instance's correlation id. The signal is the last result.
/// </summary>
public sealed class SignalEvent : EventActivity
{
    public const string ActivityName = "SignalEvent";

    /// <summary>The input that names the signal raised.</summary>
    public const string SignalInput = "Signal";

    public override string Name => ActivityName;

    public override async Task<bool> CanExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        if (activity.ArrivedFrom is not null)
        {
            return true; // Reached through a transition while running: it applies, and halts to wait for its signal.
        }
        var raised = workflow.Input[SignalInput] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var awaited = (await workflow.RenderLiquidAsync(activity.Expression("SignalName"), encode: false)).Trim();
        return raised is not null && string.Equals(raised, awaited, StringComparison.OrdinalIgnoreCase);
    }

    public override Task<ActivityResult> ResumeAsync(WorkflowContext workflow, ActivityContext activity)
    {
        workflow.LastResult = workflow.Input[SignalInput]?.DeepClone();
        return Task.FromResult(ActivityResult.Outcomes("Done"));
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity) =>
        string.IsNullOrWhiteSpace(activity.Expression("SignalName")) ? [Scripts.Invalid(activity, "SignalName", $"SignalName is required.")] : [];
}
