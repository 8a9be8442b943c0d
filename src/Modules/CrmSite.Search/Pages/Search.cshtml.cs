using System.Globalization;
using CrmSite.Search.SiteSearch;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrmSite.Search.Pages;

/// <summary>
/// <c>/search</c>: the visitor search page. A plain GET form, so it works without JavaScript; the script only adds
/// suggestions. Bad input is a 400 page naming the problem, a missing index a 503 page, never an error page.
/// </summary>
public sealed class SearchModel(SiteSearcher searcher) : PageModel
{
    public SearchPageQuery Query { get; private set; } = new(Q: null);

    public SearchPageText Text { get; private set; } = SearchPageText.English;

    public SiteSearchResults? Results { get; private set; }

    public string? Problem { get; private set; }

    public bool Unavailable { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = SearchPageQuery.From(Request.Query);
        Text = SearchPageText.For(Query.Language);
        ViewData[SearchLayout.Text] = Text;
        ViewData[SearchLayout.LanguageSwitch] = (Query with { Lang = Text == SearchPageText.Urdu ? "en" : "ur" }).Href;
        if (!Query.HasSearch)
        {
            return;
        }
        var (request, problem) = Query.ToRequest();
        if (problem is var (field, message))
        {
            Problem = Text.Problem(field, message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Results = await searcher.SearchAsync(request!, cancellationToken);
        if (Results is null)
        {
            Unavailable = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "5";
        }
    }

    /// <summary>The label of a facet value, with culture codes named in the page's language.</summary>
    public string Label(SearchFacet facet, FacetValue value) =>
        facet.Name == "culture" && Text.CultureName(value.Value) is { } name ? name : value.Label;

    /// <summary>A content type's display name as the type facet gives it, else its technical name.</summary>
    public string TypeLabel(string contentType) =>
        Results?.Facets.FirstOrDefault(f => f.Name == "type")?.Values.FirstOrDefault(v => v.Value == contentType)?.Label ?? contentType;

    /// <summary>The <c>dir</c> of text in <paramref name="culture"/>; <c>auto</c> when the item does not say.</summary>
    public static string Direction(string? culture)
    {
        if (string.IsNullOrEmpty(culture))
        {
            return "auto";
        }
        try
        {
            return CultureInfo.GetCultureInfo(culture).TextInfo.IsRightToLeft ? "rtl" : "ltr";
        }
        catch (CultureNotFoundException)
        {
            return "auto";
        }
    }
}
