namespace CrmSite.Content.Search;

/// <summary>
/// What a caller asks the visitor search: plain words (no query syntax; <c>"quoted words"</c> match as a phrase),
/// an optional culture (<c>en</c>, <c>ur</c>), optional content types (any of them), and a window of the hits.
/// </summary>
/// <param name="Query">The words; every word must match.</param>
/// <param name="Culture">Only items of this culture, when given.</param>
/// <param name="Types">Only items of these content types, when given (and not empty).</param>
/// <param name="Skip">How many of the best hits to pass over.</param>
/// <param name="Take">How many hits to return.</param>
public sealed record VisitorSearchRequest(string Query, string? Culture = null, IReadOnlyList<string>? Types = null, int Skip = 0, int Take = 10)
{
    /// <summary>The longest query accepted, in characters (as <c>/api/search</c>).</summary>
    public const int MaxQueryLength = 200;

    /// <summary>The most hits one request returns.</summary>
    public const int MaxTake = 100;

    /// <summary>The most hits a request may pass over: deeper pages cost memory in proportion and nobody reads them.</summary>
    public const int MaxSkip = 1000;

    /// <summary>The most content types one request may name.</summary>
    public const int MaxTypes = 50;

    /// <summary>The first problem with the request as (member, message), or null when it can be run.</summary>
    public (string Member, string Message)? Problem() =>
        string.IsNullOrWhiteSpace(Query) ? ("query", "The search text is empty: give at least one word.")
        : Query.Length > MaxQueryLength ? ("query", $"The search text is longer than {MaxQueryLength} characters.")
        : Take is < 0 or > MaxTake ? ("first", $"first must be between 0 and {MaxTake}.")
        : Skip is < 0 or > MaxSkip ? ("skip", $"skip must be between 0 and {MaxSkip}.")
        : Types is { Count: > MaxTypes } ? ("types", $"At most {MaxTypes} content types may be named.")
        : Culture is { Length: > 32 } ? ("culture", "culture must be a culture name such as en or ur.")
        : null;
}
