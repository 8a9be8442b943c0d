using System.Globalization;
using CrmSite.Admin.Contents;
using CrmSite.Content.Definitions;
using CrmSite.Content.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CrmSite.Admin.Pages.Admin.Content;

/// <summary>
/// <c>/admin/content/{type}</c>: the items of one type the caller may preview, filtered, ordered and paged. An
/// unknown type, or one the caller may not list, is 404; a status or order that is not one is shown beside its
/// field with 400.
/// </summary>
public sealed class ListModel(ContentListing listing, ContentDefinitionManager definitions, IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string Status { get; set; } = "latest";

    [BindProperty(SupportsGet = true, Name = "chapter")]
    public string? Chapter { get; set; }

    [BindProperty(SupportsGet = true, Name = "culture")]
    public string? Culture { get; set; }

    [BindProperty(SupportsGet = true, Name = "owner")]
    public string? Owner { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string Sort { get; set; } = "modified";

    // Not "page": Razor Pages keeps that name for the page route value.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public string Type { get; private set; } = "";

    public string TypeName { get; private set; } = "";

    public bool OwnOnly { get; private set; }

    /// <summary>Whether the type's items are created in the admin (Orchard's Creatable).</summary>
    public bool Creatable { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    public IReadOnlyList<(string Id, string Name)> Chapters { get; private set; } = [];

    public ContentListPage? List { get; private set; }

    public async Task<IActionResult> OnGetAsync(string type)
    {
        var definition = (await definitions.GetAsync(HttpContext.RequestAborted)).FindType(type);
        if (definition is null || await listing.AccessAsync(definition.Name) is not { } ownOnly)
        {
            return NotFound();
        }
        (Type, TypeName, OwnOnly, Creatable) = (definition.Name, definition.DisplayName ?? definition.Name, ownOnly, definition.TypeSettings.Creatable);
        Chapters = await listing.ChaptersAsync(HttpContext.RequestAborted);
        var status = Status?.ToLowerInvariant() switch
        {
            "latest" or "" or null => ListStatus.Latest,
            "published" => ListStatus.Published,
            "draft" => ListStatus.Draft,
            _ => (ListStatus?)null,
        };
        var order = Sort?.ToLowerInvariant() switch
        {
            "modified" or "" or null => ListOrder.Modified,
            "title" => ListOrder.Title,
            "created" => ListOrder.Created,
            _ => (ListOrder?)null,
        };
        if (status is null)
        {
            Errors["status"] = text["'{0}' is not a status; choose latest, published or draft.", Status!];
        }
        if (order is null)
        {
            Errors["sort"] = text["'{0}' is not an order; choose modified, title or created.", Sort!];
        }
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        List = await listing.PageAsync(new ContentListQuery(Type, status!.Value, Q, Owner, Chapter, Culture, order!.Value, PageNumber), ownOnly,
            HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The same filters on page <paramref name="page"/>.</summary>
    public string PageHref(int page) => Request.PathBase + Request.Path + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q,
        ["status"] = Status,
        ["chapter"] = Chapter,
        ["culture"] = Culture,
        ["owner"] = Owner,
        ["sort"] = Sort,
        ["p"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
