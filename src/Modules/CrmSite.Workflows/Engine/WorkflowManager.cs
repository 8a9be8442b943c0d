using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using Microsoft.Extensions.Logging;

namespace CrmSite.Workflows.Engine;

/// <summary>
/// Starts, resumes and runs workflow instances. An event resumes the halted instances waiting on it for its
/// correlation id, then starts the enabled types it starts (a singleton type only when none of its instances is
/// unfinished). A run follows outcomes through transitions until nothing is scheduled; it ends Halted when some
/// event is still awaited, else Finished. An activity that throws faults the instance with its message: nothing
/// is thrown to whoever raised the event.
/// </summary>
public sealed class WorkflowManager(
    WorkflowTypeStore types,
    WorkflowInstanceStore instances,
    ActivityLibrary library,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<WorkflowManager> logger)
{
    /// <summary>The most activities one run executes before it is faulted as a loop.</summary>
    public const int MaxStepsPerRun = 1000;

    /// <summary>Raises <paramref name="eventName"/>: resumes who waits on it, starts who starts with it. Returns the instances run.</summary>
    public async Task<IReadOnlyList<WorkflowInstance>> TriggerEventAsync(string eventName, JsonObject input, string? correlationId,
        CancellationToken cancellationToken)
    {
        var run = new List<WorkflowInstance>();
        foreach (var (instance, activityId) in await instances.WaitingOnAsync(eventName, correlationId, cancellationToken))
        {
            if (await ResumeAsync(instance, activityId, input, cancellationToken) is { } resumed)
            {
                run.Add(resumed);
            }
        }
        foreach (var (type, start) in await types.StartingWithAsync(eventName, cancellationToken))
        {
            if (await StartAsync(type, start, input, correlationId, cancellationToken) is { } started)
            {
                run.Add(started);
            }
        }
        return run;
    }

    /// <summary>Starts <paramref name="type"/> at <paramref name="start"/> if the activity applies; null when it does not (or a singleton is busy).</summary>
    public async Task<WorkflowInstance?> StartAsync(WorkflowType type, ActivityRecord start, JsonObject input, string? correlationId,
        CancellationToken cancellationToken)
    {
        if (type.IsSingleton && await instances.HasUnfinishedAsync(type.WorkflowTypeId, cancellationToken))
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var instance = new WorkflowInstance
        {
            WorkflowId = IdGenerator.NewId(),
            WorkflowTypeId = type.WorkflowTypeId,
            Status = WorkflowStatus.Starting,
            CorrelationId = correlationId,
            CreatedUtc = now,
            StartedBy = input["UserId"] is JsonValue user && user.TryGetValue<string>(out var userId) ? userId : null,
            State = new WorkflowState { Input = ContentJsonCopy(input) },
        };
        var context = new WorkflowContext(type, instance, services, clock);
        var activity = library.Find(start.Name);
        if (activity is null || !await CanExecuteAsync(activity, context, start))
        {
            return null;
        }
        await RunAsync(context, start, resuming: activity.IsEvent, cancellationToken);
        return instance;
    }

    /// <summary>
    /// Resumes <paramref name="instance"/> at the event <paramref name="activityId"/> it waits on, if the event
    /// applies and no one else has resumed it meanwhile; null otherwise.
    /// </summary>
    public async Task<WorkflowInstance?> ResumeAsync(WorkflowInstance instance, string activityId, JsonObject input,
        CancellationToken cancellationToken)
    {
        var type = await types.GetAsync(instance.WorkflowTypeId, cancellationToken);
        var record = type?.Activity(activityId);
        if (type is null || record is null || instance.Status != WorkflowStatus.Halted ||
            instance.BlockingActivities.All(b => b.ActivityId != activityId) || library.Find(record.Name) is not { } activity)
        {
            return null;
        }
        foreach (var (name, value) in input)
        {
            instance.State.Input[name] = value?.DeepClone();
        }
        var context = new WorkflowContext(type, instance, services, clock);
        if (!await CanExecuteAsync(activity, context, record) ||
            !await instances.ClaimAsync(instance, WorkflowStatus.Halted, WorkflowStatus.Resuming, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return null;
        }
        instance.BlockingActivities.RemoveAll(b => b.ActivityId == activityId);
        await RunAsync(context, record, resuming: true, cancellationToken);
        return instance;
    }

    /// <summary>Runs a faulted instance again from the activity that faulted, with the state it had; false when it is not faulted.</summary>
    public async Task<bool> RetryAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        var type = await types.GetAsync(instance.WorkflowTypeId, cancellationToken);
        var faulted = instance.State.Properties[FaultedActivityKey]?.GetValue<string>();
        var record = faulted is null ? null : type?.Activity(faulted);
        if (type is null || record is null ||
            !await instances.ClaimAsync(instance, WorkflowStatus.Faulted, WorkflowStatus.Resuming, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return false;
        }
        instance.FaultMessage = null;
        instance.State.Properties.Remove(FaultedActivityKey);
        var resuming = instance.BlockingActivities.Any(b => b.ActivityId == record.ActivityId);
        instance.BlockingActivities.RemoveAll(b => b.ActivityId == record.ActivityId);
        await RunAsync(new WorkflowContext(type, instance, services, clock), record, resuming, cancellationToken);
        return true;
    }

    /// <summary>The property under which a faulted instance remembers the activity that faulted (for retry).</summary>
    public const string FaultedActivityKey = "_FaultedActivityId";

    private async Task RunAsync(WorkflowContext context, ActivityRecord first, bool resuming, CancellationToken cancellationToken)
    {
        var instance = context.Instance;
        instance.Status = WorkflowStatus.Executing;
        try
        {
            await ExecuteAsync(context, first, resuming);
            instance.Status = instance.BlockingActivities.Count > 0 ? WorkflowStatus.Halted : WorkflowStatus.Finished;
        }
        catch (Exception e) when (e is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            instance.Status = WorkflowStatus.Faulted;
            instance.FaultMessage = e is ActivityFaultException fault ? fault.Message : $"{e.GetType().Name}: {e.Message}";
            logger.LogWarning("Workflow {WorkflowId} of type {WorkflowTypeId} faulted: {Fault}", instance.WorkflowId,
                instance.WorkflowTypeId, instance.FaultMessage);
        }
        finally
        {
            context.DisposeScript();
        }
        if (instance.Status == WorkflowStatus.Finished && context.Type.DeleteFinishedWorkflows)
        {
            if (instance.Id != 0)
            {
                await instances.DeleteAsync(instance.WorkflowId, cancellationToken);
            }
            return;
        }
        await instances.SaveAsync(instance, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private async Task ExecuteAsync(WorkflowContext context, ActivityRecord first, bool resuming)
    {
        var scheduled = new Stack<(ActivityRecord Record, string? From)>();
        scheduled.Push((first, null));
        var steps = 0;
        while (scheduled.TryPop(out var next))
        {
            var (record, from) = next;
            if (++steps > MaxStepsPerRun)
            {
                context.Properties[FaultedActivityKey] = record.ActivityId;
                throw new ActivityFaultException($"The workflow ran {MaxStepsPerRun} activities without halting; it was stopped as a loop.");
            }
            var activity = library.Find(record.Name) ?? throw Fault(context, record, $"There is no activity named '{record.Name}'.");
            var activityContext = new ActivityContext(record, context.ActivityState(record.ActivityId), from);
            var isResumed = resuming && steps == 1;
            ActivityResult result;
            try
            {
                // An event reached by a transition waits: whether it applies is asked when its event happens.
                if (!isResumed && !activity.IsEvent && !await activity.CanExecuteAsync(context, activityContext))
                {
                    continue;
                }
                result = isResumed ? await activity.ResumeAsync(context, activityContext) : await activity.ExecuteAsync(context, activityContext);
            }
            catch (Exception e) when (e is not OutOfMemoryException and not ActivityFaultException)
            {
                throw Fault(context, record, e.Message);
            }
            context.State.ExecutedActivities.Add(new ExecutedActivity(record.ActivityId, record.Name,
                context.Clock.GetUtcNow().UtcDateTime, result.OutcomeNames));
            if (result.IsHalted)
            {
                context.Instance.BlockingActivities.RemoveAll(b => b.ActivityId == record.ActivityId);
                context.Instance.BlockingActivities.Add(new BlockingActivity(record.ActivityId, record.Name, record.IsStart));
                continue;
            }
            foreach (var outcome in result.OutcomeNames.Reverse())
            {
                foreach (var transition in context.Type.Transitions.Where(t => t.SourceActivityId == record.ActivityId &&
                             string.Equals(t.SourceOutcomeName, outcome, StringComparison.OrdinalIgnoreCase)).Reverse())
                {
                    if (context.Type.Activity(transition.DestinationActivityId) is { } destination)
                    {
                        scheduled.Push((destination, record.ActivityId));
                    }
                }
            }
        }
    }

    private static async Task<bool> CanExecuteAsync(IActivity activity, WorkflowContext context, ActivityRecord record) =>
        await activity.CanExecuteAsync(context, new ActivityContext(record, context.ActivityState(record.ActivityId)));

    private static ActivityFaultException Fault(WorkflowContext context, ActivityRecord record, string message)
    {
        context.Properties[FaultedActivityKey] = record.ActivityId;
        return new ActivityFaultException($"{record.Name} ({record.ActivityId}): {message}");
    }

    private static JsonObject ContentJsonCopy(JsonObject input) => (JsonObject)input.DeepClone();
}
