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
/// <c>/admin/definitions/types/{name}</c>: a type's settings (editable with EditContentTypes) and its parts in
/// position order with their fields. A save made from an older definition is refused with the current one (409).
/// </summary>
public sealed class TypeModel(ContentDefinitionManager definitions, DefinitionEditing editing, IAuthorizationService authorization, IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty]
    public TypeSettingsForm Form { get; set; } = new();

    /// <summary>The type as the form was made from it (<see cref="DefinitionEditing.Stamp"/>).</summary>
    [BindProperty]
    public string Stamp { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public ContentTypeDefinition Type { get; private set; } = null!;

    public ContentDefinitionDocument All { get; private set; } = new();

    public bool CanEdit { get; private set; }

    public string? GeneralError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name)
    {
        if (!await LoadAsync(name))
        {
            return NotFound();
        }
        Form = TypeSettingsForm.Read(Type);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name)
    {
        var posted = Stamp;
        if (!await LoadAsync(name))
        {
            return NotFound();
        }
        if (!CanEdit)
        {
            return Forbid();
        }
        var result = await editing.UpdateTypeAsync(Type.Name, posted, Form, User, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"/admin/definitions/types/{Uri.EscapeDataString(Type.Name)}?done=saved");
        }
        // Stale: show the type as it is now, to make the change again on top of it.
        definitions.Reset();
        if (!await LoadAsync(name))
        {
            return NotFound();
        }
        Form = TypeSettingsForm.Read(Type);
        GeneralError = text["Someone else changed this type after you opened the page; here it is as it is now. Make your change again."];
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(string name)
    {
        All = await definitions.GetAsync(HttpContext.RequestAborted);
        if (All.FindType(name) is not { } type)
        {
            return false;
        }
        Type = type;
        Stamp = DefinitionEditing.Stamp(type);
        CanEdit = (await authorization.AuthorizeAsync(User, AdminPermissions.EditContentTypes.Policy)).Succeeded;
        return true;
    }
}
