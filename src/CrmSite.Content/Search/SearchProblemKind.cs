namespace CrmSite.Content.Search;

/// <summary>The kinds of <see cref="SearchProblem"/>, each with its HTTP counterpart.</summary>
public enum SearchProblemKind
{
    /// <summary>The caller's input cannot be run (400).</summary>
    InvalidInput,

    /// <summary>The caller lacks a permission (401 or 403).</summary>
    AccessDenied,

    /// <summary>No such query, or one the caller may not know of (404).</summary>
    NotFound,

    /// <summary>The index is not ready or is being reopened; try again shortly (503).</summary>
    Unavailable,
}
