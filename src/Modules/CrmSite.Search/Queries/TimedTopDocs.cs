using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// When TimedOut, Top holds only the hits collected before time ran out, and its TotalHits counts only those.
public sealed record TimedTopDocs(TopDocs Top, bool TimedOut);
