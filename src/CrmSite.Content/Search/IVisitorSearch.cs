namespace CrmSite.Content.Search;

/// <summary>
/// The visitor search over the site's search index (the one <c>/api/search</c> answers from), for surfaces other
/// than the search module's own, such as GraphQL. Only published items of the types the caller may view are
/// searched, so totals reveal nothing else; each hit is checked again with the authorizer.
/// </summary>
public interface IVisitorSearch
{
    /// <summary>One page of hits, best first; null when the site has no usable search index (yet).</summary>
    /// <remarks>Check <see cref="VisitorSearchRequest.Problem"/> first: a request with a problem is not run.</remarks>
    Task<VisitorSearchResults?> SearchAsync(VisitorSearchRequest request, CancellationToken cancellationToken);
}
