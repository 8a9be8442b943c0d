using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

public sealed record ParsedQuery(Query Query, int Size, int From, Sort? Sort);
