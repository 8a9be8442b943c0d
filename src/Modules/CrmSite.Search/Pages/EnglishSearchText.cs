using System.Globalization;

namespace CrmSite.Search.Pages;

/// <summary>The search page in English.</summary>
public sealed class EnglishSearchText : SearchPageText
{
    public override string Lang => "en";

    public override string Dir => "ltr";

    public override string SiteName => "Child Rights Movement Pakistan";

    public override string PageTitle => "Search";

    public override string SkipToContent => "Skip to content";

    public override string SearchLabel => "Search the site";

    public override string SearchButton => "Search";

    public override string Hint => "Type words to search fact sheets, indicators, chapters and forum discussions, in English or Urdu.";

    public override string Suggestions => "Suggestions";

    public override string SuggestionsStatus => "{0} suggestions; use the up and down arrows to choose.";

    public override string Unavailable => "Search is not available right now. Please try again in a moment.";

    public override string ProblemHeading => "This search could not be run";

    public override string Filters => "Filter results";

    public override string All => "All";

    public override string Pages => "Result pages";

    public override string PreviousPage => "Previous";

    public override string NextPage => "Next";

    public override string LanguageNav => "Language";

    public override string LanguageName => "English";

    public override string ResultCount(int total) => total == 1 ? "1 result" : string.Create(CultureInfo.InvariantCulture, $"{total} results");

    public override string NoResults(string query) => $"Nothing was found for “{query}”. Try other words or remove a filter.";

    public override string PageNumber(int page) => string.Create(CultureInfo.InvariantCulture, $"Page {page}");

    public override string FacetName(string facet) => facet switch
    {
        "culture" => "Language",
        "type" => "Type",
        "chapter" => "Chapter",
        "topic" => "Topic",
        "year" => "Year",
        _ => facet,
    };

    public override string? CultureName(string culture) => culture switch
    {
        "en" => "English",
        "ur" => "Urdu",
        _ => null,
    };

    public override string Problem(string field, string message) => message;
}
