namespace CrmSite.Search.SiteSearch;

/// <summary>
/// What a visitor asks the site search: plain words (no query syntax), optional filters on culture, content type,
/// chapter (a Chapter item id), topic (a taxonomy term id) and year, and a 1-based page.
/// </summary>
public sealed record SiteSearchRequest(
    string? Q,
    string? Culture = null,
    string? Type = null,
    string? Chapter = null,
    string? Topic = null,
    int? Year = null,
    int Page = 1)
{
    public const int MaxQueryLength = 200;
    public const int MaxPage = 100;

    /// <summary>The first problem with the request as (parameter, message), or null when it can be run.</summary>
    public (string Field, string Message)? Problem() =>
        Q is { Length: > MaxQueryLength } ? ("q", $"The search text is longer than {MaxQueryLength} characters.")
        : Page is < 1 or > MaxPage ? ("page", $"Page must be between 1 and {MaxPage}.")
        : Year is < 1 or > 9999 ? ("year", "Year must be a year such as 2023.")
        : null;
}
