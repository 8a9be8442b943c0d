namespace CrmSite.Search.Pages;

/// <summary>What the visitor layout reads from <c>ViewData</c>: a layout cannot see the page's model.</summary>
public static class SearchLayout
{
    public const string Text = "SearchPageText";
    public const string LanguageSwitch = "SearchLanguageSwitch";
}
