using CrmSite.Content.Localization;
using CrmSite.Content.Management;
using CrmSite.Workflows.Admin;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrmSite.Workflows.Pages.Admin.Workflows;

/// <summary>
/// <c>/admin/workflows/{workflowTypeId}</c> (ManageWorkflows): a type's settings and its activities and transitions as
/// JSON, checked on save (422 with each error, the text kept as typed; 409 when someone else saved the type since it
/// was opened), and a diagram of the type as stored.
/// </summary>
public sealed class EditModel(WorkflowTypeStore types, WorkflowTypeAdministration administration, IStringLocalizer<AdminText> text) : PageModel
{
    public WorkflowType? Stored { get; private set; }

    public WorkflowDiagram? Diagram { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public bool IsEnabled { get; set; }

    [BindProperty]
    public bool IsSingleton { get; set; }

    [BindProperty]
    public bool DeleteFinishedWorkflows { get; set; }

    [BindProperty]
    public string? Definition { get; set; }

    [BindProperty]
    public string? ConcurrencyStamp { get; set; }

    public bool Saved { get; private set; }

    public IReadOnlyList<ContentError> Problems { get; private set; } = [];

    /// <summary>The messages of the errors about <paramref name="member"/>, or about anything else when null.</summary>
    public IReadOnlyList<string> Errors(string? member) =>
        [.. Problems.Where(e => member is null ? e.Member is not "Name" and not WorkflowTypeAdministration.StaleMember : e.Member == member)
            .Select(e => e.Member is "Name" or ActivitiesJson.Member or WorkflowTypeAdministration.StaleMember ? text.Localize(e) : $"{e.Member}: {text.Localize(e)}")];

    public async Task<IActionResult> OnGetAsync(string workflowTypeId, bool saved = false)
    {
        if (!await LoadAsync(workflowTypeId))
        {
            return NotFound();
        }
        Saved = saved;
        Name = Stored!.Name;
        IsEnabled = Stored.IsEnabled;
        IsSingleton = Stored.IsSingleton;
        DeleteFinishedWorkflows = Stored.DeleteFinishedWorkflows;
        Definition = ActivitiesJson.Write(Stored);
        ConcurrencyStamp = WorkflowTypeAdministration.Stamp(Stored);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string workflowTypeId)
    {
        if (!await LoadAsync(workflowTypeId))
        {
            return NotFound();
        }
        var edited = ActivitiesJson.Copy(Stored!);
        edited.Name = Name?.Trim() ?? "";
        edited.IsEnabled = IsEnabled;
        edited.IsSingleton = IsSingleton;
        edited.DeleteFinishedWorkflows = DeleteFinishedWorkflows;
        if (ActivitiesJson.Read(Definition, out var activities, out var transitions) is { } unreadable)
        {
            return Refuse([unreadable]);
        }
        edited.Activities = activities;
        edited.Transitions = transitions;
        var errors = await administration.SaveEditAsync(edited, ConcurrencyStamp, User.Identity?.Name, HttpContext.RequestAborted);
        if (errors.Count > 0)
        {
            return Refuse(errors);
        }
        return Redirect($"/admin/workflows/{workflowTypeId}?saved=true");
    }

    private PageResult Refuse(IReadOnlyList<ContentError> errors)
    {
        Problems = errors;
        if (errors.Any(e => e.Member == WorkflowTypeAdministration.StaleMember))
        {
            // What was typed stays; a second save replaces the other change knowingly.
            ConcurrencyStamp = WorkflowTypeAdministration.Stamp(Stored!);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        ModelState.Clear();
        return Page();
    }

    private async Task<bool> LoadAsync(string workflowTypeId)
    {
        Stored = await types.GetAsync(workflowTypeId, HttpContext.RequestAborted);
        Diagram = Stored is null ? null : WorkflowDiagram.Build(Stored);
        return Stored is not null;
    }
}
