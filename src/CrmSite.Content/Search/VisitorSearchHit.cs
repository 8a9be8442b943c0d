namespace CrmSite.Content.Search;

/// <summary>
/// A found item as the search index stored it. <see cref="TitleHtml"/> and each of <see cref="Highlights"/> are
/// HTML: the text HTML-encoded, each matched word wrapped in <c>&lt;mark&gt;</c>.
/// </summary>
/// <param name="ContentItemId">The item's id; read the item itself from the store.</param>
/// <param name="ContentType">The item's content type.</param>
/// <param name="Title">The item's display text, plain.</param>
/// <param name="TitleHtml">The display text with the matched words marked.</param>
/// <param name="Highlights">Fragments of the item's text around the matches, the best first; the opening of the
/// text when only the title matched.</param>
/// <param name="Culture">The item's culture, when it has one.</param>
/// <param name="Path">The item's address, when it has one.</param>
/// <param name="Score">Lucene's relevance score: only comparable within one search.</param>
public sealed record VisitorSearchHit(
    string ContentItemId,
    string ContentType,
    string Title,
    string TitleHtml,
    IReadOnlyList<string> Highlights,
    string? Culture,
    string? Path,
    float Score);
