using CrmSite.Content.Localization;
using CrmSite.Workflows.Admin;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrmSite.Workflows.Pages.Admin.Workflows;

/// <summary>
/// <c>/admin/workflows/{workflowTypeId}/instances</c> (ManageWorkflows): a type's instances, newest first, fifty a
/// page, filtered by status; a status that is not one is shown beside the filter with 400.
/// </summary>
public sealed class InstancesModel(WorkflowTypeStore types, WorkflowInstanceReader reader, IStringLocalizer<AdminText> text) : PageModel
{
    public WorkflowType? Type { get; private set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public string? StatusError { get; private set; }

    public IReadOnlyList<WorkflowInstanceRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + WorkflowInstanceReader.PageSize - 1) / WorkflowInstanceReader.PageSize);

    public async Task<IActionResult> OnGetAsync(string workflowTypeId)
    {
        Type = await types.GetAsync(workflowTypeId, HttpContext.RequestAborted);
        if (Type is null)
        {
            return NotFound();
        }
        WorkflowStatus? status = null;
        if (!string.IsNullOrEmpty(Status))
        {
            if (!Enum.TryParse<WorkflowStatus>(Status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || char.IsDigit(Status[0]))
            {
                StatusError = text["'{0}' is not a status; choose one from the list.", Status];
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }
            status = parsed;
        }
        PageNumber = Math.Max(PageNumber, 1);
        (Rows, Total) = await reader.PageAsync(workflowTypeId, status, PageNumber, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The same filter on page <paramref name="page"/>.</summary>
    public string PageHref(int page) => Request.PathBase + Request.Path + QueryString.Create(new Dictionary<string, string?>
    {
        ["status"] = Status,
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
