using CrmSite.Admin.Definitions;
using CrmSite.Content.Definitions;
using CrmSite.Content.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CrmSite.Admin.Pages.Admin.Definitions;

/// <summary>
/// <c>/admin/definitions/parts/{name}/fields/new</c>: adds a field (technical name, kind, display name), then
/// opens its page for the rest of its settings. A malformed name is refused beside it (422), a name the part
/// already has too, as a conflict with what is stored (409).
/// </summary>
public sealed class NewFieldModel(ContentDefinitionManager definitions, DefinitionEditing editing, IAuthorizationService authorization, IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty(Name = "fieldName")]
    public string? FieldName { get; set; }

    [BindProperty(Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(Name = "displayName")]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string Stamp { get; set; } = "";

    public ContentPartDefinition Part { get; private set; } = null!;

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? GeneralError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name) => await LoadAsync(name) is { } refused ? refused : Page();

    public async Task<IActionResult> OnPostAsync(string name)
    {
        var posted = Stamp;
        if (await LoadAsync(name) is { } refused)
        {
            return refused;
        }
        var result = await editing.AddFieldAsync(Part.Name, posted, FieldName, Kind, DisplayName, User, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"/admin/definitions/parts/{Uri.EscapeDataString(Part.Name)}/fields/{Uri.EscapeDataString(FieldName!)}?done=added");
        }
        foreach (var error in result.Errors)
        {
            Errors[error.Member] = text.Localize(error);
        }
        if (result.Stale && result.Errors.Count == 0)
        {
            definitions.Reset();
            await LoadAsync(name);
            GeneralError = text["Someone else changed this part after you opened the page; check its fields below and add yours again."];
        }
        else
        {
            Stamp = posted;
        }
        Response.StatusCode = result.Stale ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>Finds the part; only those who may edit definitions see this page at all.</summary>
    private async Task<IActionResult?> LoadAsync(string name)
    {
        if ((await definitions.GetAsync(HttpContext.RequestAborted)).FindPart(name) is not { } part)
        {
            return NotFound();
        }
        if (!(await authorization.AuthorizeAsync(User, AdminPermissions.EditContentTypes.Policy)).Succeeded)
        {
            return Forbid();
        }
        (Part, Stamp) = (part, DefinitionEditing.Stamp(part));
        return null;
    }
}
