using CrmSite.Admin.Editing;
using CrmSite.Content.Api;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Localization;
using CrmSite.Content.Management;
using CrmSite.Content.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CrmSite.Admin.Pages.Admin.Content;

/// <summary>
/// <c>/admin/content/{type}/{id}/versions</c>: an item's versions, newest first, what each changed from the one
/// before (field by field, long text line by line), and restoring one as a draft or published. It also answers for
/// a deleted item, whose versions stay in the store, so a deletion can be undone. Needs PreviewContent on the
/// item; restoring is an edit (and a publish) through <see cref="ContentWrites"/>.
/// </summary>
public sealed class VersionsModel(ContentManager content, ContentWrites writes, ContentAuthorization authorization,
    ContentDefinitionManager definitions, EditorFields editors, IStringLocalizer<AdminText> text) : PageModel
{
    /// <summary>The version whose changes are shown; the newest when not given.</summary>
    [BindProperty(SupportsGet = true, Name = "compare")]
    public string? Compare { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public ContentTypeDefinition Type { get; private set; } = null!;

    /// <summary>Newest first.</summary>
    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];

    public ContentItem Newest => Versions[0];

    /// <summary>True when the item was deleted: none of its versions is the latest.</summary>
    public bool Deleted => !Versions.Any(v => v.Latest);

    public ContentItem? Compared { get; private set; }

    public ContentItem? Previous { get; private set; }

    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanPublish { get; private set; }

    public List<string> Errors { get; } = [];

    public string TypeName => Type.DisplayName ?? Type.Name;

    public async Task<IActionResult> OnGetAsync(string type, string id) =>
        await LoadAsync(type, id) ?? Page();

    public async Task<IActionResult> OnPostRestoreAsync(string type, string id, string versionId, bool publish)
    {
        if (await LoadAsync(type, id) is { } refused)
        {
            return refused;
        }
        var result = await writes.RestoreAsync(Newest.ContentItemId, versionId ?? "", publish, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"/admin/content/{Uri.EscapeDataString(Type.Name)}/{Newest.ContentItemId}?done={(publish ? "published" : "saved")}");
        }
        Errors.AddRange(result.Errors.Select(text.Localize));
        Response.StatusCode = result.Failure switch
        {
            ContentFailure.NotFound => StatusCodes.Status404NotFound,
            ContentFailure.Forbidden or ContentFailure.Unauthenticated => StatusCodes.Status403Forbidden,
            ContentFailure.Stale or ContentFailure.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string type, string id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var all = await definitions.GetAsync(cancellationToken);
        if (all.FindType(type) is not { } definition || !IdGenerator.IsWellFormed(id))
        {
            return NotFound();
        }
        Type = definition;
        Versions = [.. (await content.ListVersionsAsync(id, cancellationToken)).Reverse()];
        if (Versions.Count == 0 || Newest.ContentType != definition.Name ||
            !await authorization.CanAsync(ContentPermissions.PreviewContent, Newest))
        {
            return NotFound();
        }
        CanEdit = await authorization.CanAsync(ContentPermissions.EditContent, Newest);
        CanPublish = await authorization.CanAsync(ContentPermissions.PublishContent, Newest);
        var index = Compare is { Length: > 0 } wanted ? Versions.ToList().FindIndex(v => v.ContentItemVersionId == wanted) : 0;
        if (index < 0)
        {
            Errors.Add(text["Version {0} is not a version of this item.", Compare!]);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return null;
        }
        Compared = Versions[index];
        Previous = index + 1 < Versions.Count ? Versions[index + 1] : null;
        var fields = await editors.ForAsync(definition, all, Compared, cancellationToken);
        var empty = new ContentItem(definition.Name);
        Changes = ContentDiff.Compare(fields, EditorValues.Read(Previous ?? empty, fields), EditorValues.Read(Compared, fields));
        return null;
    }
}
