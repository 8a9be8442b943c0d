using CrmSite.Admin.Editing;
using CrmSite.Content.Api;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrmSite.Admin.Pages.Admin.Content;

/// <summary>
/// <c>/admin/content/{type}/{id}/preview</c>: a version as readers would see its content (Markdown rendered, HTML
/// sanitised, links only to http(s), mailto and site paths), the latest draft unless <c>?version=</c> names another.
/// Needs PreviewContent on that version.
/// </summary>
public sealed class PreviewModel(ContentManager content, ContentAuthorization authorization, ContentDefinitionManager definitions,
    EditorFields editors) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "version")]
    public string? Version { get; set; }

    public ContentTypeDefinition Type { get; private set; } = null!;

    public ContentItem Item { get; private set; } = null!;

    public IReadOnlyList<EditorField> Fields { get; private set; } = [];

    public EditorValues Values { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string type, string id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var all = await definitions.GetAsync(cancellationToken);
        if (all.FindType(type) is not { } definition || !IdGenerator.IsWellFormed(id))
        {
            return NotFound();
        }
        var item = Version is { Length: > 0 } version
            ? (IdGenerator.IsWellFormed(version) ? await content.GetVersionAsync(version, cancellationToken) : null)
            : await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || item.ContentItemId != id || item.ContentType != definition.Name ||
            !await authorization.CanAsync(ContentPermissions.PreviewContent, item))
        {
            return NotFound();
        }
        (Type, Item) = (definition, item);
        Fields = await editors.ForAsync(definition, all, item, cancellationToken);
        Values = EditorValues.Read(item, Fields);
        return Page();
    }
}
