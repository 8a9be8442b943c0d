using System.Text.Json.Nodes;
using CrmSite.Content.Settings;
using CrmSite.Content.Store;
using CrmSite.Workflows.Activities;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using Microsoft.Extensions.Logging;

namespace CrmSite.Workflows.Timers;

/// <summary>
/// Fires the timers whose slot has come, once per slot. A timer's slot is the latest occurrence of its schedule at
/// or before now; it fires when that slot is later than the last one it fired for, so after downtime spanning
/// several slots it fires once, for the latest. A start timer seen for the first time records the current slot
/// without firing (enabling a type, or importing one, does not start it for a slot already past), and a disabled
/// type's timers keep recording slots without firing for the same reason. A waiting timer's first slot is the first
/// occurrence after the instance reached it. The slot is recorded before the workflow runs: a crash or a fault in
/// the run never fires it again.
/// </summary>
public sealed class DueTimers(
    WorkflowTypeStore types,
    WorkflowInstanceStore instances,
    WorkflowManager manager,
    TimerSlots slots,
    DocumentStore documents,
    TimeProvider clock,
    ILogger<DueTimers> logger)
{
    public async Task<IReadOnlyList<TimerFiring>> FireAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var zone = await SiteZoneAsync(cancellationToken);
        var fired = new List<TimerFiring>();
        await FireStartTimersAsync(now, zone, fired, cancellationToken);
        await FireWaitingTimersAsync(now, zone, fired, cancellationToken);
        return fired;
    }

    private async Task FireStartTimersAsync(DateTime now, TimeZoneInfo zone, List<TimerFiring> fired, CancellationToken cancellationToken)
    {
        var starts = (from type in await types.ListAsync(cancellationToken)
                      from activity in type.Activities
                      where activity.IsStart && string.Equals(activity.Name, TimerEvent.ActivityName, StringComparison.OrdinalIgnoreCase)
                      select (Type: type, Start: activity, Key: $"{type.WorkflowTypeId}/{activity.ActivityId}")).ToList();
        var last = await slots.LastAsync([.. starts.Select(s => s.Key)], cancellationToken);
        foreach (var (type, start, key) in starts)
        {
            if (TimerSchedule.For(new ActivityContext(start, []), zone)?.SlotAt(now) is not { } slot)
            {
                continue;
            }
            var previous = last.TryGetValue(key, out var p) ? p : (DateTime?)null;
            if (previous >= slot || !await slots.ClaimAsync(key, previous, slot, cancellationToken))
            {
                continue;
            }
            if (previous is null || !type.IsEnabled)
            {
                // Seen for the first time, or disabled: the slot is recorded and nothing starts.
                continue;
            }
            await RunAsync(key, slot, type.WorkflowTypeId, fired,
                () => manager.StartAsync(type, start, SlotInput(slot), null, cancellationToken), cancellationToken);
        }
    }

    private async Task FireWaitingTimersAsync(DateTime now, TimeZoneInfo zone, List<TimerFiring> fired, CancellationToken cancellationToken)
    {
        var waiting = await instances.WaitingOnAsync(TimerEvent.ActivityName, null, cancellationToken);
        var last = await slots.LastAsync([.. waiting.Select(w => Key(w.Instance, w.ActivityId))], cancellationToken);
        foreach (var (instance, activityId) in waiting)
        {
            var record = (await types.GetAsync(instance.WorkflowTypeId, cancellationToken))?.Activity(activityId);
            if (record is null || TimerSchedule.For(new ActivityContext(record, []), zone)?.SlotAt(now) is not { } slot)
            {
                continue;
            }
            var key = Key(instance, activityId);
            var previous = last.TryGetValue(key, out var p) ? p : (DateTime?)null;
            instance.State.ActivityStates.TryGetValue(activityId, out var state);
            var reached = TimerEvent.ReachedUtc(state) ?? TimerSchedule.AsUtc(instance.UpdatedUtc);
            if (slot <= reached || previous >= slot || !await slots.ClaimAsync(key, previous, slot, cancellationToken))
            {
                continue;
            }
            await RunAsync(key, slot, instance.WorkflowTypeId, fired,
                () => manager.ResumeAsync(instance, activityId, SlotInput(slot), cancellationToken), cancellationToken);
        }
    }

    private async Task RunAsync(string key, DateTime slot, string workflowTypeId, List<TimerFiring> fired,
        Func<Task<WorkflowInstance?>> run, CancellationToken cancellationToken)
    {
        try
        {
            var instance = await run();
            fired.Add(new TimerFiring(key, slot, workflowTypeId, instance?.WorkflowId));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The slot is already recorded: this timer waits for its next slot rather than failing every tick.
            fired.Add(new TimerFiring(key, slot, workflowTypeId, null));
            logger.LogWarning(e, "Timer {TimerKey} could not run its workflow for the slot {Slot:O}.", key, slot);
        }
    }

    private async Task<TimeZoneInfo> SiteZoneAsync(CancellationToken cancellationToken)
    {
        var (settings, _) = await documents.GetJsonAsync(SiteCalendar.SettingsDocument, cancellationToken);
        return settings["TimeZoneId"] is JsonValue value && value.TryGetValue<string>(out var id) &&
               TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    private static string Key(WorkflowInstance instance, string activityId) => $"{instance.WorkflowId}/{activityId}";

    private static JsonObject SlotInput(DateTime slot) => new() { [TimerEvent.SlotInput] = slot };
}
