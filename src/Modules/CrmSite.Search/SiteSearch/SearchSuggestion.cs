namespace CrmSite.Search.SiteSearch;

/// <summary>
/// An as-you-type suggestion: a completed query (<see cref="ContentItemId"/> null) or a published item whose title
/// matches what was typed.
/// </summary>
public sealed record SearchSuggestion(string Text, string? ContentItemId = null, string? ContentType = null, string? Path = null);
