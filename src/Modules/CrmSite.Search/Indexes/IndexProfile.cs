namespace CrmSite.Search.Indexes;

/// <summary>
/// A Lucene index as Orchard's <c>lucene-index</c> step describes it: which content types it holds, whether the
/// latest versions (drafts, for editors) or the published ones, which analyzer, and for which culture (empty: all).
/// <see cref="Generation"/> grows when a rebuild or reset is asked for; every node rebuilds its copy when its own
/// generation is behind.
/// </summary>
public sealed record IndexProfile
{
    public required string Name { get; init; }

    public string AnalyzerName { get; init; } = "standardanalyzer";

    public bool IndexLatest { get; init; }

    public IReadOnlyList<string> IndexedContentTypes { get; init; } = [];

    public string Culture { get; init; } = "";

    public bool StoreSourceData { get; init; }

    /// <summary>Groups of equivalent phrases (e.g. "child marriage" and "کم عمری کی شادی"), applied by the analyzer.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; init; } = [];

    public long Generation { get; init; } = 1;
}
