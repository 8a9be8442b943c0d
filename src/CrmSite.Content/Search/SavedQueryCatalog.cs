namespace CrmSite.Content.Search;

/// <summary>Every saved query, and the version stamp of the document they come from (0 when there is none).</summary>
public sealed record SavedQueryCatalog(long Version, IReadOnlyList<SavedQueryInfo> Queries);
