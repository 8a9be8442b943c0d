using CrmSite.Content.Store;
using CrmSite.Workflows.Activities;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Locking;
using CrmSite.Workflows.Trimming;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Workflows.Timers;

/// <summary>Registers the TimerEvent activity, the timer and trimming service, and the lock the nodes share for it.</summary>
public static class WorkflowTimers
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IActivity, TimerEvent>();
        services.AddSingleton(WorkflowTimerOptions.From(configuration));
        // An advisory lock where the store has them; a lease row in the store everywhere else.
        services.AddSingleton<IWorkflowLock>(sp => sp.GetRequiredService<StoreOptions>().Provider == StoreProvider.Postgres
            ? ActivatorUtilities.CreateInstance<PostgresWorkflowLock>(sp)
            : ActivatorUtilities.CreateInstance<LeaseWorkflowLock>(sp));
        services.AddScoped<TimerSlots>();
        services.AddScoped<DueTimers>();
        services.AddScoped<WorkflowTrimmer>();
        services.AddSingleton<WorkflowTimerService>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkflowTimerService>());
    }
}
