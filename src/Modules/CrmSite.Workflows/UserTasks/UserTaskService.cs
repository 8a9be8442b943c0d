using System.Security.Claims;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Modules;
using CrmSite.Content.Security;
using CrmSite.Workflows.Activities;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using CrmSite.Workflows.Triggers;
using Microsoft.AspNetCore.Authorization;

namespace CrmSite.Workflows.UserTasks;

/// <summary>
/// User tasks for people: the inbox of tasks a user may complete, and completing one. The admin pages and the
/// GraphQL mutation both come here, so they check the same things: the roles, permission and chapter scope the
/// task asks for (through the one authorizer), and that the submitter never completes their own task.
/// </summary>
public sealed class UserTaskService(
    WorkflowInstanceStore instances,
    WorkflowTypeStore types,
    WorkflowEvents events,
    ContentReader content,
    IAuthorizationService authorization,
    ModuleCatalog modules,
    WorkflowAudit audit)
{
    /// <summary>The tasks <paramref name="user"/> may complete now, oldest first.</summary>
    public async Task<IReadOnlyList<UserTask>> InboxAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var tasks = new List<UserTask>();
        if (user.Identity?.IsAuthenticated != true)
        {
            return tasks; // Nobody anonymous completes a task: no need to read them.
        }
        foreach (var (instance, activityId) in await instances.WaitingOnAsync(UserTaskEvent.ActivityName, null, cancellationToken))
        {
            if (await FindAsync(instance, activityId, cancellationToken) is { } task && await CheckAsync(user, task) == UserTaskAnswer.Completed)
            {
                tasks.Add(task);
            }
        }
        return tasks;
    }

    /// <summary>Takes <paramref name="action"/> on a task: the instance resumes with it, and the completion is audited.</summary>
    public async Task<(UserTaskAnswer Answer, WorkflowInstance? Instance)> CompleteAsync(ClaimsPrincipal user, string workflowId,
        string activityId, string action, string? comment, CancellationToken cancellationToken)
    {
        var instance = await instances.GetAsync(workflowId, cancellationToken);
        var task = instance is null ? null : await FindAsync(instance, activityId, cancellationToken);
        if (task is null)
        {
            return (UserTaskAnswer.NotFound, null);
        }
        var answer = await CheckAsync(user, task);
        if (answer != UserTaskAnswer.Completed)
        {
            return (answer, null);
        }
        var taken = task.Actions.FirstOrDefault(a => string.Equals(a, action, StringComparison.OrdinalIgnoreCase));
        if (taken is null)
        {
            return (UserTaskAnswer.UnknownAction, null);
        }
        if (task.Activity.List("CommentRequiredFor").Contains(taken, StringComparer.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(comment))
        {
            return (UserTaskAnswer.CommentRequired, null);
        }
        var input = new JsonObject
        {
            [UserTaskEvent.ActionInput] = taken,
            ["UserId"] = UserId(user),
            ["UserName"] = user.Identity?.Name,
            ["Comment"] = comment,
        };
        var resumed = await events.ResumeAsync(instance!, activityId, input, cancellationToken);
        if (resumed is null)
        {
            return (UserTaskAnswer.Conflict, null);
        }
        await audit.RecordAsync(WorkflowAudit.UserTaskCompleted, user.Identity?.Name, task.ContentItem,
            $"{task.TypeName}: {taken}{(string.IsNullOrWhiteSpace(comment) ? "" : " (" + comment + ")")}", cancellationToken);
        return (UserTaskAnswer.Completed, resumed);
    }

    private async Task<UserTask?> FindAsync(WorkflowInstance instance, string activityId, CancellationToken cancellationToken)
    {
        if (instance.Status != WorkflowStatus.Halted || instance.BlockingActivities.All(b => b.ActivityId != activityId) ||
            await types.GetAsync(instance.WorkflowTypeId, cancellationToken) is not { } type ||
            type.Activity(activityId) is not { Name: UserTaskEvent.ActivityName } record)
        {
            return null;
        }
        var activity = new ActivityContext(record, []);
        var item = instance.CorrelationId is { } id && IdGenerator.IsWellFormed(id)
            ? await content.GetAsync(id, VersionOptions.Latest, cancellationToken)
            : null;
        var waiting = instance.State.ActivityStates.GetValueOrDefault(activityId)?["WaitingSinceUtc"]?.GetValue<DateTime>();
        return new UserTask(instance, activity, type.Name, activity.List("Actions"), item, waiting ?? instance.UpdatedUtc, SubmittersOf(instance));
    }

    /// <summary>Completed when <paramref name="user"/> may complete <paramref name="task"/>; otherwise why not.</summary>
    private async Task<UserTaskAnswer> CheckAsync(ClaimsPrincipal user, UserTask task)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return UserTaskAnswer.NotFound;
        }
        var isAdministrator = InRole(user, "Administrator");
        var roles = task.Activity.List("Roles");
        if (!isAdministrator && roles.Count > 0 && !roles.Any(role => InRole(user, role)))
        {
            return UserTaskAnswer.NotFound;
        }
        if (task.Activity.Text("Permission") is { Length: > 0 } name)
        {
            if (!modules.Permissions.TryGetValue(name, out var permission) || task.ContentItem is null ||
                !(await authorization.AuthorizeAsync(user, task.ContentItem, new PermissionRequirement(permission.Name))).Succeeded)
            {
                return UserTaskAnswer.NotFound;
            }
        }
        if (task.Activity.Flag("ChapterScoped") && !isAdministrator)
        {
            var chapters = task.ContentItem is null ? [] : ChapterScope.ChaptersOf(task.ContentItem);
            if (!user.FindAll(ChapterScope.ClaimType).Any(c => chapters.Contains(c.Value)))
            {
                return UserTaskAnswer.NotFound;
            }
        }
        if (task.Activity.Flag("ExcludeSubmitter") && UserId(user) is { } id && task.SubmitterIds.Contains(id))
        {
            return UserTaskAnswer.OwnSubmission;
        }
        return UserTaskAnswer.Completed;
    }

    /// <summary>Who submitted what the instance is about: <c>Properties.SubmitterIds</c>, <c>SubmitterId</c>, and who started it.</summary>
    private static HashSet<string> SubmittersOf(WorkflowInstance instance)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var properties = instance.State.Properties;
        foreach (var node in (properties["SubmitterIds"] as JsonArray ?? []).Append(properties["SubmitterId"]))
        {
            if (node is JsonValue value && value.TryGetValue<string>(out var id))
            {
                ids.Add(id);
            }
        }
        if (instance.StartedBy is { } starter)
        {
            ids.Add(starter);
        }
        return ids;
    }

    private static bool InRole(ClaimsPrincipal user, string role) =>
        user.Claims.Any(c => c.Type is ClaimTypes.Role or "role" && string.Equals(c.Value, role, StringComparison.OrdinalIgnoreCase));

    private static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub");
}
