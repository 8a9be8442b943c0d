using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// Sort is null when results are ordered by relevance.
public sealed record ParsedQuery(Query Query, int Size, int From, Sort? Sort);
