namespace CrmSite.Content.Search;

/// <summary>
/// What a saved query answered: its hits the caller may see, in the query's order, and how many documents matched
/// in all (before the query's <c>from</c>/<c>size</c> and the caller's checks); or the problem that stopped it.
/// </summary>
/// <param name="Problem">Why the query did not run; null when it did.</param>
/// <param name="Count">How many documents matched.</param>
/// <param name="Latest">Whether the index holds latest versions (drafts), so the hits' items are to be read as latest versions.</param>
/// <param name="TimedOut">Whether the search ran out of time and answered what it had found.</param>
/// <param name="Hits">The hits the caller may see.</param>
public sealed record SavedQueryResult(SearchProblem? Problem, int Count, bool Latest, bool TimedOut, IReadOnlyList<SavedQueryHit> Hits)
{
    /// <summary>A result that only carries <paramref name="problem"/>.</summary>
    public static SavedQueryResult Failed(SearchProblem problem) => new(problem, 0, false, false, []);
}
