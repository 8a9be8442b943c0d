using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Notify;

/// <summary>
/// Orchard's notification to the user whose action ran the workflow: <c>NotificationType</c> (Success,
/// Information, Warning, Error) and <c>Message</c> (Liquid, HTML-encoded). It goes to the instance's journal and to
/// <see cref="WorkflowNotifications"/>, which the admin shows on the next page.
/// </summary>
public sealed class NotifyTask(WorkflowNotifications notifications) : TaskActivity
{
    public static readonly IReadOnlyList<string> Types = ["Success", "Information", "Warning", "Error"];

    public override string Name => "NotifyTask";

    public override async Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var message = await workflow.RenderLiquidAsync(activity.Expression("Message"));
        var type = TypeOf(activity);
        workflow.Journal(activity.ActivityId, type, message);
        notifications.Add(type, message);
        return ActivityResult.Outcomes("Done");
    }

    /// <summary>The notification type by name, or by its number in Orchard's enum (Success = 0); Information otherwise.</summary>
    private static string TypeOf(ActivityContext activity) =>
        activity.Properties["NotificationType"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<int>(out var number) && number >= 0 && number < Types.Count
            ? Types[number]
            : Types.FirstOrDefault(t => string.Equals(t, activity.Text("NotificationType"), StringComparison.OrdinalIgnoreCase)) ?? "Information";
}
