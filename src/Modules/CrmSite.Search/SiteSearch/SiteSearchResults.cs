namespace CrmSite.Search.SiteSearch;

/// <summary>
/// One page of site-search hits with the total and facet counts. Counts are over what the caller may see; facets
/// count every filter value within the other filters chosen, so a visitor can always widen again.
/// </summary>
public sealed record SiteSearchResults(
    string Query,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<SearchFacet> Facets)
{
    public int PageCount => Total == 0 ? 0 : Math.Min(SiteSearchRequest.MaxPage, (Total + PageSize - 1) / PageSize);
}
