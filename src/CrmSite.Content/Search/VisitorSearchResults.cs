namespace CrmSite.Content.Search;

/// <summary>A window of visitor-search hits and how many items match in all (among the types the caller may view).</summary>
public sealed record VisitorSearchResults(int Total, IReadOnlyList<VisitorSearchHit> Hits);
