using System.Text.Json.Nodes;
using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Model;
using Microsoft.Extensions.Logging;

namespace CrmSite.Workflows.Triggers;

/// <summary>
/// Events raised in this scope, run once the change that raised them has committed (<see cref="IContentCommitObserver"/>).
/// Running after the commit means a workflow never holds the change's transaction and can never roll it back or
/// fail it; the events of a change that rolls back are dropped with it. A run that itself changes content raises
/// more events; they run in the same loop, up to <see cref="MaxEventsPerScope"/>.
/// </summary>
public sealed class WorkflowEvents(WorkflowManager manager, ILogger<WorkflowEvents> logger) : IContentCommitObserver
{
    public const int MaxEventsPerScope = 500;

    private readonly List<PendingEvent> _uncommitted = [];
    private readonly Queue<PendingEvent> _pending = new();
    private bool _running;
    private int _raised;

    /// <summary>Queues an event for when the current change commits.</summary>
    public void Enqueue(PendingEvent pending) => _uncommitted.Add(pending);

    /// <summary>The change rolled back: its events never happened.</summary>
    public void RolledBack() => _uncommitted.Clear();

    public async Task CommittedAsync(CancellationToken cancellationToken)
    {
        foreach (var pending in _uncommitted)
        {
            _pending.Enqueue(pending);
        }
        _uncommitted.Clear();
        if (_running)
        {
            return; // The loop that is running drains these too.
        }
        _running = true;
        try
        {
            await DrainAsync(cancellationToken);
        }
        finally
        {
            _running = false;
        }
    }

    /// <summary>
    /// Raises an event now, outside any content change (signals, timers and user tasks do), and returns the
    /// instances it ran. Raised from inside a running workflow, it is queued behind that run instead and returns none.
    /// </summary>
    public async Task<IReadOnlyList<WorkflowInstance>> RaiseAsync(PendingEvent pending, CancellationToken cancellationToken)
    {
        if (_running)
        {
            _pending.Enqueue(pending);
            return [];
        }
        _running = true;
        try
        {
            var run = await RunAsync(pending, cancellationToken);
            await DrainAsync(cancellationToken);
            return run;
        }
        finally
        {
            _running = false;
        }
    }

    /// <summary>Resumes one instance at one of its events now (a user task's completion), then drains what that raised.</summary>
    public async Task<WorkflowInstance?> ResumeAsync(WorkflowInstance instance, string activityId, JsonObject input, CancellationToken cancellationToken)
    {
        if (_running)
        {
            throw new InvalidOperationException("An instance cannot be resumed from inside a running workflow.");
        }
        _running = true;
        try
        {
            var resumed = await manager.ResumeAsync(instance, activityId, input, cancellationToken);
            await DrainAsync(cancellationToken);
            return resumed;
        }
        finally
        {
            _running = false;
        }
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (_pending.TryDequeue(out var pending))
        {
            if (++_raised > MaxEventsPerScope)
            {
                logger.LogWarning("More than {Max} workflow events in one scope; {Event} and the rest were dropped.", MaxEventsPerScope, pending.Name);
                _pending.Clear();
                return;
            }
            await RunAsync(pending, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<WorkflowInstance>> RunAsync(PendingEvent pending, CancellationToken cancellationToken)
    {
        try
        {
            return await manager.TriggerEventAsync(pending.Name, pending.Input, pending.CorrelationId, cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            // Whatever went wrong (the store was busy, a type is broken), the change that raised the event stands.
            logger.LogError(e, "Workflows for {Event} on {CorrelationId} could not run.", pending.Name, pending.CorrelationId);
            return [];
        }
    }
}
