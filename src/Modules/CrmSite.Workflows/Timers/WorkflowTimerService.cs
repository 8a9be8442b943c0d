using CrmSite.Workflows.Locking;
using CrmSite.Workflows.Trimming;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CrmSite.Workflows.Timers;

/// <summary>
/// Every <see cref="WorkflowTimerOptions.Interval"/>, fires the due workflow timers and trims ended instances, each
/// under a lock shared by the nodes: the node that holds it does the work, the others skip the tick. A failing tick
/// is logged and the next one tries again.
/// </summary>
public sealed class WorkflowTimerService(IServiceScopeFactory scopes, IWorkflowLock locks, WorkflowTimerOptions options,
    TimeProvider clock, ILogger<WorkflowTimerService> logger) : BackgroundService
{
    public const string TimersLock = "crmsite:workflow-timers";
    public const string TrimmingLock = "crmsite:workflow-trimming";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Interval <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FireDueAsync(stoppingToken);
                await TrimAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A busy or unreachable store must not stop the site; the next tick tries again.
                logger.LogWarning(e, "Workflow timers failed; they will be tried again.");
            }
        }
    }

    /// <summary>Fires the timers whose slot has come; returns what fired (nothing when another node holds the lock).</summary>
    public async Task<IReadOnlyList<TimerFiring>> FireDueAsync(CancellationToken cancellationToken)
    {
        await using var held = await locks.TryAcquireAsync(TimersLock, cancellationToken);
        if (held is null)
        {
            return [];
        }
        using var scope = scopes.CreateScope();
        var fired = await scope.ServiceProvider.GetRequiredService<DueTimers>().FireAsync(cancellationToken);
        if (fired.Count > 0)
        {
            logger.LogInformation("Fired {Count} workflow timers", fired.Count);
        }
        return fired;
    }

    /// <summary>Deletes instances that ended more than TrimAfterDays ago; returns how many (0 when trimming is off or another node holds the lock).</summary>
    public async Task<int> TrimAsync(CancellationToken cancellationToken)
    {
        if (options.TrimAfterDays <= 0)
        {
            return 0;
        }
        await using var held = await locks.TryAcquireAsync(TrimmingLock, cancellationToken);
        if (held is null)
        {
            return 0;
        }
        using var scope = scopes.CreateScope();
        var endedBefore = clock.GetUtcNow().UtcDateTime.AddDays(-options.TrimAfterDays);
        var trimmed = await scope.ServiceProvider.GetRequiredService<WorkflowTrimmer>()
            .TrimAsync(endedBefore, options.TrimBatchSize, cancellationToken);
        if (trimmed > 0)
        {
            logger.LogInformation("Trimmed {Count} ended workflow instances", trimmed);
        }
        return trimmed;
    }
}
