namespace CrmSite.Benchmarks.Search;

/// <summary>The searchable text and the facet values of one generated fact sheet.</summary>
public sealed record FactSheetText(
    int Index,
    string Culture,
    string Title,
    string Summary,
    string Markdown,
    string SourceText,
    int Year,
    string TopicId,
    string ChapterId)
{
    /// <summary>What the SQLite FTS5 baseline indexes besides the title: the same text the site's FullText field gets.</summary>
    public string Body => $"{Summary}\n{Markdown}\n{SourceText}";
}
