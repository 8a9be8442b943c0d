namespace CrmSite.Content.Search;

/// <summary>Why a search did not run: the kind, the request member at fault (<c>parameters</c>, <c>query.sort</c>, ...) and a message for the caller.</summary>
public sealed record SearchProblem(SearchProblemKind Kind, string Member, string Message);
