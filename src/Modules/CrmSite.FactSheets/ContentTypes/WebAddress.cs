namespace CrmSite.FactSheets.ContentTypes;

/// <summary>
/// Sources must be addresses a visitor can open from anywhere: absolute http or https URLs. The platform's link
/// check also accepts site paths and mailto, which are no citation.
/// </summary>
public static class WebAddress
{
    public static bool IsAbsoluteHttp(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Trim().Length == text.Length &&
        Uri.TryCreate(text, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;
}
