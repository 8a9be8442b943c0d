using CrmSite.Admin.Contents;
using CrmSite.Content.Definitions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrmSite.Admin.Pages.Admin.Content;

/// <summary><c>/admin/content</c> (AccessAdminPanel): the content types the caller may list.</summary>
public sealed class IndexModel(ContentListing listing) : PageModel
{
    public IReadOnlyList<(ContentTypeDefinition Type, bool OwnOnly)> Types { get; private set; } = [];

    public async Task OnGetAsync() => Types = await listing.TypesAsync(HttpContext.RequestAborted);
}
