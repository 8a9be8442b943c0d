using System.Text.Json.Nodes;
using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities;

/// <summary>
/// Orchard's user task: the instance waits until a user takes one of <c>Actions</c> (each an outcome). Who may take
/// it: a user in one of <c>Roles</c> (anyone when empty) who holds <c>Permission</c> (when set) on the instance's
/// content item; with <c>ChapterScoped</c>, only users scoped to the item's chapter; with <c>ExcludeSubmitter</c>,
/// never a user who submitted it (<c>Properties.SubmitterIds</c> and <c>SubmitterId</c>, and whoever started the
/// instance). <c>CommentRequiredFor</c> names the actions that need a comment (a rejection's reason).
/// <see cref="UserTasks.UserTaskService"/> checks all that before it resumes the instance.
/// </summary>
public sealed class UserTaskEvent : EventActivity
{
    public const string ActivityName = "UserTaskEvent";

    /// <summary>The input that names the action taken.</summary>
    public const string ActionInput = "UserAction";

    public override string Name => ActivityName;

    public override IReadOnlyList<string> Outcomes(ActivityContext activity) => activity.List("Actions");

    public override Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        activity.State["WaitingSinceUtc"] = workflow.Clock.GetUtcNow().UtcDateTime;
        return Task.FromResult(ActivityResult.Halt);
    }

    public override Task<ActivityResult> ResumeAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var action = workflow.Input[ActionInput] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var taken = Outcomes(activity).FirstOrDefault(a => string.Equals(a, action, StringComparison.OrdinalIgnoreCase));
        if (taken is null)
        {
            return Task.FromResult(ActivityResult.Halt);
        }
        workflow.LastResult = taken;
        return Task.FromResult(ActivityResult.Outcomes(taken));
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity) =>
        activity.List("Actions").Count == 0 ? [Scripts.Invalid(activity, "Actions", $"A user task needs at least one action.")] : [];
}
