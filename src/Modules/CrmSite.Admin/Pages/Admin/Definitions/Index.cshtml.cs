using CrmSite.Content.Definitions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrmSite.Admin.Pages.Admin.Definitions;

/// <summary><c>/admin/definitions</c>: every content type with its parts and flags, and every part with its fields.</summary>
public sealed class IndexModel(ContentDefinitionManager definitions) : PageModel
{
    public ContentDefinitionDocument Definitions { get; private set; } = new();

    public async Task OnGetAsync() => Definitions = await definitions.GetAsync(HttpContext.RequestAborted);
}
