using System.Text.Json.Nodes;
using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Timers;

namespace CrmSite.Workflows.Activities;

/// <summary>
/// Orchard's timer (<c>CronExpression</c>, <c>UseLocalTime</c>). As a start activity it starts its type at each
/// slot of the schedule; reached in a running instance it halts there, remembering when, and the instance resumes
/// at the first slot after that moment. <see cref="WorkflowTimerService"/> fires both; the slot fired for is the
/// input <c>TimerSlotUtc</c> and the timer's last result.
/// </summary>
public sealed class TimerEvent : EventActivity
{
    public const string ActivityName = "TimerEvent";

    /// <summary>The input that carries the slot a timer fired for.</summary>
    public const string SlotInput = "TimerSlotUtc";

    /// <summary>The activity state that keeps when the instance reached the timer.</summary>
    public const string ReachedState = "ReachedUtc";

    public override string Name => ActivityName;

    public override Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        activity.State[ReachedState] = workflow.Clock.GetUtcNow().UtcDateTime;
        return Task.FromResult(ActivityResult.Halt);
    }

    public override Task<ActivityResult> ResumeAsync(WorkflowContext workflow, ActivityContext activity)
    {
        workflow.LastResult = workflow.Input[SlotInput]?.DeepClone();
        return Task.FromResult(ActivityResult.Outcomes("Done"));
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity) =>
        TimerSchedule.Parse(TimerSchedule.Expression(activity), out _) is { } error
            ? [Scripts.Invalid(activity, TimerSchedule.Property, $"{error}")]
            : [];

    /// <summary>When the instance reached the timer (in its activity state), if it was reached rather than started on.</summary>
    public static DateTime? ReachedUtc(JsonObject? state) =>
        state?[ReachedState] is JsonValue value && value.TryGetValue<DateTime>(out var reached) ? TimerSchedule.AsUtc(reached) : null;
}
