using CrmSite.Admin.Editing;
using CrmSite.Content.Api;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Localization;
using CrmSite.Content.Management;
using CrmSite.Content.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ContentResult = CrmSite.Content.Management.ContentResult;

namespace CrmSite.Admin.Pages.Admin.Content;

/// <summary>
/// The generic editor: <c>/admin/content/{type}/create</c> and <c>/admin/content/{type}/{id}</c>. Its inputs come
/// from the type definition (<see cref="EditorFields"/>); saving goes through <see cref="ContentWrites"/>, the
/// same authorised path as the APIs, so chapter scopes and per-type permissions hold here as there. A save based
/// on a version that is no longer the latest shows what the other editor changed beside the form (409), merged
/// so that neither change is lost; validation errors appear beside their fields (422).
/// </summary>
public sealed class EditModel(ContentManager content, ContentReader reader, ContentWrites writes, ContentAuthorization authorization,
    ContentDefinitionManager definitions, EditorFields editors, EditorChoices choices, EditorMedia media, ContentActor actor, IStringLocalizer<AdminText> text) : PageModel
{
    /// <summary>The latest version the form was made from; a save from an older one is a conflict.</summary>
    [BindProperty(Name = "baseVersionId")]
    public string? BaseVersionId { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public ContentTypeDefinition Type { get; private set; } = null!;

    /// <summary>The latest version (or, for a new item, the unsaved item).</summary>
    public ContentItem Item { get; private set; } = null!;

    public bool IsNew { get; private set; }

    public bool HasPublished { get; private set; }

    public bool CanPublish { get; private set; }

    public bool CanDelete { get; private set; }

    public IReadOnlyList<EditorField> Fields { get; private set; } = [];

    public EditorValues Values { get; private set; } = new();

    public Dictionary<string, string> Errors { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Errors that belong to no field (a permission, the item as a whole).</summary>
    public List<string> GeneralErrors { get; } = [];

    /// <summary>Rendered, sanitised Markdown and HTML of the posted values, when the editor asked for a preview.</summary>
    public Dictionary<string, string> Previews { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>On a conflict: the version saved meanwhile, and what it changed from the one the form was made from.</summary>
    public ContentItem? Theirs { get; private set; }

    public IReadOnlyList<FieldChange> TheirChanges { get; private set; } = [];

    /// <summary>On a conflict: the fields both editors changed (the form keeps this editor's value).</summary>
    public HashSet<string> BothChanged { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string TypeName => Type.DisplayName ?? Type.Name;

    /// <summary>The item's culture (LocalizationPart.Culture), or null when its type is not localised.</summary>
    public string? Language => Item.Part("LocalizationPart")?["Culture"]?.ToString();

    /// <summary>The other versions of the item in its localisation set (its translations), latest versions.</summary>
    public IReadOnlyList<ContentItem> Translations { get; private set; } = [];

    /// <summary>The cultures the item has no version in yet.</summary>
    public IEnumerable<EditorChoice> MissingCultures => EditorFields.Cultures.Where(c => c.Value != Language && Translations.All(t => TranslationCulture(t) != c.Value));

    public static string? TranslationCulture(ContentItem item) => item.Part("LocalizationPart")?["Culture"]?.ToString();

    /// <summary>
    /// Starts a version of the item in <paramref name="culture"/>: a draft copy in the same localisation set (its
    /// path suffixed with the culture), owned by the caller, opened in the editor to be translated.
    /// </summary>
    public async Task<IActionResult> OnPostTranslateAsync(string type, string id, string? culture)
    {
        if (await LoadAsync(type, id) is { } refused)
        {
            return refused;
        }
        if (Item.Part("LocalizationPart") is null || MissingCultures.All(c => c.Value != culture))
        {
            GeneralErrors.Add(text["'{0}' is not a language this item can be translated into.", culture ?? ""]);
            Values = EditorValues.Read(Item, Fields);
            BaseVersionId = Item.ContentItemVersionId;
            return Refuse(StatusCodes.Status422UnprocessableEntity);
        }
        var copy = Translation.CopyOf(Item, culture!);
        var result = await writes.SaveAsync(copy, null, publish: !Type.TypeSettings.Draftable, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            Values = EditorValues.Read(Item, Fields);
            BaseVersionId = Item.ContentItemVersionId;
            return Failed(result);
        }
        return Redirect($"/admin/content/{Uri.EscapeDataString(Type.Name)}/{result.Item!.ContentItemId}?done=translated");
    }

    public async Task<IActionResult> OnGetAsync(string type, string? id)
    {
        if (await LoadAsync(type, id) is { } refused)
        {
            return refused;
        }
        Values = EditorValues.Read(Item, Fields);
        BaseVersionId = IsNew ? null : Item.ContentItemVersionId;
        return Page();
    }

    /// <summary>Saves the form as a draft (<paramref name="submit"/> "draft") or published ("publish"), or previews it ("preview").</summary>
    public async Task<IActionResult> OnPostAsync(string type, string? id, string? submit)
    {
        if (await LoadAsync(type, id) is { } refused)
        {
            return refused;
        }
        if (submit == "find")
        {
            return await FindAsync();
        }
        var posted = await media.ReadAsync(Request, Fields, Type.Name, Errors, HttpContext.RequestAborted);
        Values = posted;
        var working = Item.Clone();
        foreach (var (key, error) in posted.ApplyTo(working, Fields))
        {
            Errors[key] = text.Localize(error);
        }
        if (submit == "preview")
        {
            foreach (var (key, html) in posted.Rendered(Fields))
            {
                Previews[key] = html;
            }
            return Page();
        }
        if (Errors.Count > 0)
        {
            return Refuse(StatusCodes.Status422UnprocessableEntity);
        }
        var publish = submit == "publish" || !Type.TypeSettings.Draftable;
        var result = await writes.SaveAsync(working, IsNew ? null : BaseVersionId, publish, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"/admin/content/{Uri.EscapeDataString(Type.Name)}/{result.Item!.ContentItemId}?done={(publish ? "published" : "saved")}");
        }
        if (result.Failure == ContentFailure.Stale && !IsNew)
        {
            await ShowConflictAsync(posted);
            return Refuse(StatusCodes.Status409Conflict);
        }
        return Failed(result);
    }

    public Task<IActionResult> OnPostUnpublishAsync(string type, string id) =>
        ChangeAsync(type, id, writes.UnpublishAsync, "unpublished");

    public Task<IActionResult> OnPostDeleteAsync(string type, string id) =>
        ChangeAsync(type, id, writes.RemoveAsync, "deleted");

    private async Task<IActionResult> ChangeAsync(string type, string id, Func<string, CancellationToken, Task<ContentResult>> change, string done)
    {
        // Unpublishing and deleting need their own permissions (checked by the write), not the right to edit.
        if (await LoadAsync(type, id, mustEdit: false) is { } refused)
        {
            return refused;
        }
        var result = await change(Item.ContentItemId, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            Values = EditorValues.Read(Item, Fields);
            BaseVersionId = Item.ContentItemVersionId;
            return Failed(result);
        }
        return done == "deleted"
            ? Redirect($"/admin/content/{Uri.EscapeDataString(Type.Name)}/{Item.ContentItemId}/versions?done=deleted")
            : Redirect($"/admin/content/{Uri.EscapeDataString(Type.Name)}/{Item.ContentItemId}?done={done}");
    }

    /// <summary>
    /// Finds the type and the item and checks the caller may edit it (<paramref name="mustEdit"/>) or at least see
    /// it: 404 when they may not see it, 403 when they may see but not edit it.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(string type, string? id, bool mustEdit = true)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var all = await definitions.GetAsync(cancellationToken);
        if (all.FindType(type) is not { } definition)
        {
            return NotFound();
        }
        Type = definition;
        if (id is null)
        {
            IsNew = true;
            Item = new ContentItem(definition.Name) { Owner = actor.UserId ?? actor.UserName };
            if (!definition.TypeSettings.Creatable)
            {
                return NotFound();
            }
        }
        else if (!IdGenerator.IsWellFormed(id) ||
                 await content.GetAsync(id, VersionOptions.Latest, cancellationToken) is not { } latest ||
                 latest.ContentType != definition.Name)
        {
            return NotFound();
        }
        else
        {
            Item = latest;
        }
        if (!await authorization.CanAsync(ContentPermissions.EditContent, Item))
        {
            var visible = !IsNew && (await authorization.CanAsync(ContentPermissions.PreviewContent, Item) || await authorization.CanAsync(ContentPermissions.ViewContent, Item));
            if (!visible)
            {
                return NotFound();
            }
            if (mustEdit)
            {
                return Forbid();
            }
        }
        HasPublished = Item.Published || (!IsNew && await content.GetAsync(Item.ContentItemId, VersionOptions.Published, cancellationToken) is not null);
        CanPublish = await authorization.CanAsync(ContentPermissions.PublishContent, Item);
        CanDelete = !IsNew && await authorization.CanAsync(ContentPermissions.DeleteContent, Item);
        Fields = await editors.ForAsync(definition, all, Item, cancellationToken);
        Translations = IsNew ? [] : await Translation.OthersAsync(reader, Item, cancellationToken);
        return null;
    }

    /// <summary>Shows the version saved meanwhile, what it changed, and the form merged with it (<see cref="EditorMerge"/>).</summary>
    private async Task ShowConflictAsync(EditorValues mine)
    {
        var cancellationToken = HttpContext.RequestAborted;
        Theirs = await content.GetAsync(Item.ContentItemId, VersionOptions.Latest, cancellationToken);
        var baseVersion = BaseVersionId is { } baseId && IdGenerator.IsWellFormed(baseId) ? await content.GetVersionAsync(baseId, cancellationToken) : null;
        if (Theirs is null)
        {
            GeneralErrors.Add(text["The item was deleted while you were editing it."]);
            return;
        }
        var merge = EditorMerge.Merge(Fields, EditorValues.Read(baseVersion ?? Theirs, Fields), EditorValues.Read(Theirs, Fields), mine);
        TheirChanges = merge.TheirChanges;
        BothChanged.UnionWith(merge.BothChanged);
        Values = mine;
        BaseVersionId = Theirs.ContentItemVersionId;
        GeneralErrors.Add(text["{0} saved this item while you were editing it. Their changes are listed below and merged into the form; check the fields you both changed, then save again.", Theirs.Author ?? text["Someone"]]);
    }

    /// <summary>
    /// The form again as it was posted, nothing saved, each content picker narrowed to the items whose title contains
    /// the text typed in its search input: a search that works without script, however many items there are.
    /// </summary>
    private async Task<IActionResult> FindAsync()
    {
        Values = EditorValues.FromForm(Request.Form);
        Fields = await choices.SearchAsync(Fields, Values, HttpContext.RequestAborted);
        return Page();
    }

    private IActionResult Failed(ContentResult result)
    {
        if (result.Failure == ContentFailure.NotFound)
        {
            return NotFound();
        }
        foreach (var error in result.Errors)
        {
            if (EditorMerge.FieldFor(Fields, error.Member) is { } key)
            {
                Errors[key] = Errors.TryGetValue(key, out var earlier) ? $"{earlier} {text.Localize(error)}" : text.Localize(error);
            }
            else
            {
                GeneralErrors.Add(text.Localize(error));
            }
        }
        return Refuse(result.Failure switch
        {
            ContentFailure.Forbidden or ContentFailure.Unauthenticated => StatusCodes.Status403Forbidden,
            ContentFailure.Stale or ContentFailure.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        });
    }

    private PageResult Refuse(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
