using CrmSite.Workflows.Engine;
using Microsoft.Extensions.Logging;

namespace CrmSite.Workflows.Activities.Notify;

/// <summary>Writes <c>Text</c> (Liquid) to the site's log at <c>LogLevel</c> (Orchard's names; Information by default) and to the instance's journal.</summary>
public sealed class LogTask(ILogger<LogTask> logger) : TaskActivity
{
    public override string Name => "LogTask";

    public override async Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var text = await workflow.RenderLiquidAsync(activity.Expression("Text"), encode: false);
        var level = Enum.TryParse<LogLevel>(activity.Text("LogLevel"), ignoreCase: true, out var parsed) && parsed != LogLevel.None
            ? parsed : LogLevel.Information;
#pragma warning disable CA2254 // The template is the workflow author's text, logged as written.
        logger.Log(level, "Workflow {WorkflowId}: {Text}", workflow.WorkflowId, text);
#pragma warning restore CA2254
        workflow.Journal(activity.ActivityId, level.ToString(), text);
        return ActivityResult.Outcomes("Done");
    }
}
