using CrmSite.Content.Localization;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using CrmSite.Workflows.Triggers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrmSite.Workflows.Pages.Admin.Workflows;

/// <summary>
/// <c>/admin/workflows/instances/{workflowId}</c> (ManageWorkflows): an instance's status, fault, executed and
/// blocking activities, journal and state; Retry runs a faulted instance again from the activity that faulted
/// (ExecuteWorkflows, audited; 409 when it is not faulted), Delete removes it.
/// </summary>
public sealed class InstanceModel(WorkflowInstanceStore instances, WorkflowTypeStore types, WorkflowManager manager, WorkflowAudit audit,
    IAuthorizationService authorization, IStringLocalizer<AdminText> text) : PageModel
{
    public WorkflowInstance? Instance { get; private set; }

    public WorkflowType? Type { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public string? Problem { get; private set; }

    /// <summary>The name and id of an activity of the type (the id alone when the type no longer has it).</summary>
    public string Activity(string activityId) =>
        Type?.Activity(activityId) is { } record ? $"{record.Name} ({activityId})" : activityId;

    public async Task<IActionResult> OnGetAsync(string workflowId) => await LoadAsync(workflowId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRetryAsync(string workflowId)
    {
        if (!(await authorization.AuthorizeAsync(User, WorkflowPermissions.ExecuteWorkflows.Policy)).Succeeded)
        {
            return Forbid();
        }
        if (!await LoadAsync(workflowId))
        {
            return NotFound();
        }
        if (Instance!.Status != WorkflowStatus.Faulted || !await manager.RetryAsync(Instance, HttpContext.RequestAborted))
        {
            Problem = text["Only a faulted instance of a type that still has the faulted activity can be retried; this one has changed meanwhile or cannot be."];
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(workflowId);
            return Page();
        }
        await audit.RecordAsync(WorkflowAudit.InstanceRetried, User.Identity?.Name, null,
            $"{Type?.Name} ({Instance.WorkflowTypeId}), instance {workflowId}: {Instance.Status}", HttpContext.RequestAborted);
        Status = text["The instance ran again and is now {0}.", WorkflowStatusText.Of(text, Instance.Status)];
        return RedirectToPage(new { workflowId });
    }

    public async Task<IActionResult> OnPostDeleteAsync(string workflowId)
    {
        var instance = await instances.GetAsync(workflowId, HttpContext.RequestAborted);
        if (instance is null || !await instances.DeleteAsync(workflowId, HttpContext.RequestAborted))
        {
            return NotFound();
        }
        return Redirect($"/admin/workflows/{instance.WorkflowTypeId}/instances");
    }

    private async Task<bool> LoadAsync(string workflowId)
    {
        Instance = await instances.GetAsync(workflowId, HttpContext.RequestAborted);
        Type = Instance is null ? null : await types.GetAsync(Instance.WorkflowTypeId, HttpContext.RequestAborted);
        return Instance is not null;
    }
}
