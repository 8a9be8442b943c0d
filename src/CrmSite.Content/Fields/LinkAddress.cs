namespace CrmSite.Content.Fields;

/// <summary>
/// The addresses a link may hold and a page may point to: absolute http(s) and mailto addresses, and paths of this
/// site ("/about", not "//host" nor "/\host", which browsers read as other hosts). Nothing else (<c>javascript:</c>,
/// <c>data:</c>) is ever a link.
/// </summary>
public static class LinkAddress
{
    public static bool IsSafe(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)) ||
        (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto");
}
