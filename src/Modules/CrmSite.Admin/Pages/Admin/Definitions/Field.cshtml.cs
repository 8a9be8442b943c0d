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
/// <c>/admin/definitions/parts/{name}/fields/{field}</c>: a field's common and kind settings. Errors appear beside
/// their inputs (422); a save made from an older part is refused with the part as it is now (409).
/// </summary>
public sealed class FieldModel(ContentDefinitionManager definitions, DefinitionEditing editing, IAuthorizationService authorization, IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty]
    public FieldSettingsForm Form { get; set; } = new();

    /// <summary>The part as the form was made from it (<see cref="DefinitionEditing.Stamp"/>).</summary>
    [BindProperty]
    public string Stamp { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public ContentPartDefinition Part { get; private set; } = null!;

    public ContentPartFieldDefinition Field { get; private set; } = null!;

    /// <summary>The types a content picker may offer.</summary>
    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? GeneralError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name, string field)
    {
        if (!await LoadAsync(name, field))
        {
            return NotFound();
        }
        Form = FieldSettingsForm.Read(Field);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, string field)
    {
        var posted = Stamp;
        if (!await LoadAsync(name, field))
        {
            return NotFound();
        }
        if (!CanEdit)
        {
            return Forbid();
        }
        var result = await editing.UpdateFieldAsync(Part.Name, Field.Name, posted, Form, User, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"/admin/definitions/parts/{Uri.EscapeDataString(Part.Name)}/fields/{Uri.EscapeDataString(Field.Name)}?done=saved");
        }
        if (!result.Stale)
        {
            foreach (var error in result.Errors)
            {
                Errors[error.Member] = text.Localize(error);
            }
            // The posted stamp stays: the form still stands on the part it was made from.
            Stamp = posted;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        definitions.Reset();
        if (!await LoadAsync(name, field))
        {
            return NotFound();
        }
        Form = FieldSettingsForm.Read(Field);
        GeneralError = text["Someone else changed this part after you opened the page; here is the field as it is now. Make your change again."];
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(string name, string field)
    {
        var all = await definitions.GetAsync(HttpContext.RequestAborted);
        if (all.FindPart(name) is not { } part || part.FindField(field) is not { } definition)
        {
            return false;
        }
        (Part, Field, Stamp) = (part, definition, DefinitionEditing.Stamp(part));
        Types = [.. all.ContentTypes.OrderBy(t => t.Name, StringComparer.Ordinal)];
        CanEdit = (await authorization.AuthorizeAsync(User, AdminPermissions.EditContentTypes.Policy)).Succeeded;
        return true;
    }
}
