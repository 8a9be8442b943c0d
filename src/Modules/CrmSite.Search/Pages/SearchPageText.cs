namespace CrmSite.Search.Pages;

/// <summary>
/// The words of the visitor search page in one language. One small class per language keeps a translator's work
/// in one file; there are two languages, so resource files would add machinery and no help.
/// </summary>
public abstract class SearchPageText
{
    public static readonly SearchPageText English = new EnglishSearchText();
    public static readonly SearchPageText Urdu = new UrduSearchText();

    public abstract string Lang { get; }

    public abstract string Dir { get; }

    public abstract string SiteName { get; }

    public abstract string PageTitle { get; }

    public abstract string SkipToContent { get; }

    public abstract string SearchLabel { get; }

    public abstract string SearchButton { get; }

    public abstract string Hint { get; }

    public abstract string Suggestions { get; }

    /// <summary>Announced when suggestions appear; <c>{0}</c> is their number.</summary>
    public abstract string SuggestionsStatus { get; }

    public abstract string Unavailable { get; }

    public abstract string ProblemHeading { get; }

    public abstract string Filters { get; }

    public abstract string All { get; }

    public abstract string Pages { get; }

    public abstract string PreviousPage { get; }

    public abstract string NextPage { get; }

    public abstract string LanguageNav { get; }

    /// <summary>The name of this page's language written in that language, for the switch on the other page.</summary>
    public abstract string LanguageName { get; }

    public abstract string ResultCount(int total);

    public abstract string NoResults(string query);

    public abstract string PageNumber(int page);

    public abstract string FacetName(string facet);

    /// <summary>A culture's name in this language, or null for one this page does not name.</summary>
    public abstract string? CultureName(string culture);

    /// <summary>What went wrong with a request, in this language; <paramref name="message"/> is the English one.</summary>
    public abstract string Problem(string field, string message);

    public static SearchPageText For(string language) => language == Urdu.Lang ? Urdu : English;
}
