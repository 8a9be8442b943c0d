using CrmSite.Content.Localization;
using CrmSite.Workflows.UserTasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrmSite.Workflows.Pages.Admin.Approvals;

/// <summary>
/// <c>/admin/approvals</c> (a signed-in admin user): the user tasks the user may complete, each with its actions
/// and a comment. Completing one resumes its instance; otherwise the answer says why: 404 for a task that is gone
/// or not theirs to see, 403 for their own submission, 422 for an action the task does not have, 409 when someone
/// else decided first.
/// </summary>
public sealed class IndexModel(UserTaskService tasks, IStringLocalizer<AdminText> text) : PageModel
{
    public IReadOnlyList<UserTask> Tasks { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync() => Tasks = await tasks.InboxAsync(User, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(string? workflowId, string? activityId, string? action, string? comment)
    {
        var answer = UserTaskAnswer.NotFound;
        if (!string.IsNullOrEmpty(workflowId) && !string.IsNullOrEmpty(activityId))
        {
            (answer, _) = await tasks.CompleteAsync(User, workflowId, activityId, action ?? "",
                string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), HttpContext.RequestAborted);
        }
        if (answer == UserTaskAnswer.Completed)
        {
            Status = text["Done: you chose “{0}”. The workflow carries on.", action ?? ""];
            return RedirectToPage();
        }
        (Problem, Response.StatusCode) = answer switch
        {
            UserTaskAnswer.OwnSubmission => (text["You submitted this; someone else must decide."].Value, StatusCodes.Status403Forbidden),
            UserTaskAnswer.UnknownAction => (text["“{0}” is not one of this task's actions.", action ?? ""].Value, StatusCodes.Status422UnprocessableEntity),
            UserTaskAnswer.Conflict => (text["Someone else decided first: the task is no longer waiting."].Value, StatusCodes.Status409Conflict),
            _ => (text["There is no such task waiting for you: it was completed, withdrawn, or is not yours to decide."].Value, StatusCodes.Status404NotFound),
        };
        Tasks = await tasks.InboxAsync(User, HttpContext.RequestAborted);
        return Page();
    }
}
