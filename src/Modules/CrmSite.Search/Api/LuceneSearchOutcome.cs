using CrmSite.Content.Search;
using CrmSite.Search.Indexes;
using Lucene.Net.Documents;

namespace CrmSite.Search.Api;

/// <summary>
/// What a Lucene DSL query found, before the caller's checks: the documents of the requested window (from/size),
/// how many matched in all, and whether the time ran out; or the problem that stopped it.
/// </summary>
public sealed record LuceneSearchOutcome(SearchProblem? Problem, IndexProfile? Profile, IReadOnlyList<Document> Documents, int Count, bool TimedOut)
{
    public static LuceneSearchOutcome Failed(SearchProblemKind kind, string member, string message) =>
        new(new SearchProblem(kind, member, message), null, [], 0, false);
}
