namespace CrmSite.Search.SiteSearch;

/// <summary>
/// A found item. <see cref="Snippet"/> is HTML: the item's text around the best matches, HTML-encoded, with each
/// matched word in <c>&lt;mark&gt;</c>; <see cref="TitleHtml"/> is the title marked the same way.
/// </summary>
public sealed record SearchHit(
    string ContentItemId,
    string ContentType,
    string Title,
    string TitleHtml,
    string Snippet,
    string? Culture,
    string? Path,
    float Score);
