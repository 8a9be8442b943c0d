using Microsoft.Extensions.Configuration;

namespace CrmSite.Workflows.Timers;

/// <summary>
/// <c>CrmSite:Workflows:TimerIntervalSeconds</c> (default 30; 0 runs no timer loop on this node) and
/// <c>CrmSite:Workflows:TrimAfterDays</c> (default 30; 0 never trims).
/// </summary>
public sealed record WorkflowTimerOptions(TimeSpan Interval, int TrimAfterDays, int TrimBatchSize = 500)
{
    public static WorkflowTimerOptions From(IConfiguration configuration) => new(
        TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("CrmSite:Workflows:TimerIntervalSeconds", 30))),
        Math.Max(0, configuration.GetValue("CrmSite:Workflows:TrimAfterDays", 30)));
}
