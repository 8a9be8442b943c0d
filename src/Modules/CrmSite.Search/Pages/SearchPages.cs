using CrmSite.Content.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Search.Pages;

/// <summary>The policies of this module's pages, next to the typed permissions rather than in attribute strings.</summary>
public static class SearchPages
{
    public const string SearchPage = "/Search";
    public const string IndexesPage = "/Admin/Search/Indexes";

    public static void Authorize(RazorPagesOptions options)
    {
        options.Conventions.AuthorizePage(SearchPage, ContentPermissions.ViewContent.Policy);
        options.Conventions.AuthorizePage(IndexesPage, SearchPermissions.ManageLuceneIndexes.Policy);
    }
}
