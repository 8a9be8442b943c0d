using System.Text;
using CrmSite.Content.Localization;
using CrmSite.Content.Management;
using CrmSite.Workflows.Admin;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Recipes;
using CrmSite.Workflows.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrmSite.Workflows.Pages.Admin.Workflows;

/// <summary>
/// <c>/admin/workflows</c> (ManageWorkflows): the workflow types with their instances counted by status; import of a
/// recipe or one type (pasted or uploaded, refused whole with each error named: 422), export of one type or all as a
/// recipe, a new empty type, enable/disable and delete (with the type's instances).
/// </summary>
public sealed class IndexModel(WorkflowTypeStore types, WorkflowInstanceReader instances, WorkflowTypeImport import,
    WorkflowTypeAdministration administration, IStringLocalizer<AdminText> text) : PageModel
{
    /// <summary>The largest file or text the import reads.</summary>
    public const int MaxImportBytes = 2 * 1024 * 1024;

    public IReadOnlyList<WorkflowType> Types { get; private set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyDictionary<WorkflowStatus, int>> Counts { get; private set; } =
        new Dictionary<string, IReadOnlyDictionary<WorkflowStatus, int>>();

    [BindProperty]
    public string? ImportText { get; set; }

    [BindProperty]
    public IFormFile? ImportFile { get; set; }

    [BindProperty]
    public string? NewName { get; set; }

    /// <summary>Why the import was refused, each naming the type and where in it.</summary>
    public IReadOnlyList<string> ImportErrors { get; private set; } = [];

    /// <summary>Why the new type was refused.</summary>
    public IReadOnlyList<string> CreateErrors { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnGetExportAsync(string? id)
    {
        var all = await types.ListAsync(HttpContext.RequestAborted);
        var chosen = string.IsNullOrEmpty(id) ? all : [.. all.Where(t => t.WorkflowTypeId == id)];
        if (chosen.Count == 0 && !string.IsNullOrEmpty(id))
        {
            return NotFound();
        }
        var json = WorkflowTypeStep.Export(chosen).ToJsonString(ActivitiesJson.Indented);
        var name = string.IsNullOrEmpty(id) ? "workflow-types.json" : $"workflow-type-{id}.json";
        return File(Encoding.UTF8.GetBytes(json), "application/json", name);
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        var source = ImportFile is { Length: > 0 } file ? await ReadAsync(file) : ImportText;
        if (source is null)
        {
            ImportErrors = [text["The file is larger than {0} MB.", MaxImportBytes / 1024 / 1024]];
            return await RefuseAsync(StatusCodes.Status413PayloadTooLarge);
        }
        var (read, errors) = import.Read(source);
        if (errors.Count == 0)
        {
            errors = await administration.SaveAsync(read, User.Identity?.Name, HttpContext.RequestAborted);
        }
        if (errors.Count > 0)
        {
            ImportErrors = [.. errors.Select(Describe)];
            return await RefuseAsync(StatusCodes.Status422UnprocessableEntity);
        }
        Status = text["Imported {0} workflow types: {1}.", read.Count, string.Join(", ", read.Select(t => t.Name))];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var type = new WorkflowType { Name = NewName?.Trim() ?? "" };
        var errors = await administration.SaveAsync([type], User.Identity?.Name, HttpContext.RequestAborted);
        if (errors.Count > 0)
        {
            CreateErrors = [.. errors.Select(text.Localize)];
            return await RefuseAsync(StatusCodes.Status422UnprocessableEntity);
        }
        return Redirect("/admin/workflows/" + type.WorkflowTypeId);
    }

    public async Task<IActionResult> OnPostEnableAsync(string? id, bool enabled)
    {
        if (await types.GetAsync(id ?? "", HttpContext.RequestAborted) is not { } stored)
        {
            return NotFound();
        }
        var type = ActivitiesJson.Copy(stored);
        type.IsEnabled = enabled;
        await administration.SaveAsync([type], User.Identity?.Name, HttpContext.RequestAborted);
        Status = enabled ? text["“{0}” is enabled.", type.Name] : text["“{0}” is disabled.", type.Name];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? id)
    {
        var name = (await types.GetAsync(id ?? "", HttpContext.RequestAborted))?.Name;
        if (!await administration.DeleteAsync(id ?? "", User.Identity?.Name, HttpContext.RequestAborted))
        {
            return NotFound();
        }
        Status = text["“{0}” and its instances were deleted.", name ?? ""];
        return RedirectToPage();
    }

    private string Describe(ContentError error) =>
        error.Member == WorkflowTypeImport.Member ? text.Localize(error) : $"{error.Member}: {text.Localize(error)}";

    private async Task<IActionResult> RefuseAsync(int status)
    {
        Response.StatusCode = status;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Types = [.. (await types.ListAsync(HttpContext.RequestAborted)).OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase)];
        Counts = await instances.CountsAsync(HttpContext.RequestAborted);
    }

    private static async Task<string?> ReadAsync(IFormFile file)
    {
        if (file.Length > MaxImportBytes)
        {
            return null;
        }
        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
