namespace CrmSite.Content.Management;

/// <summary>Why a content operation did not happen.</summary>
public enum ContentFailure
{
    None,

    /// <summary>Validation failed; the errors say where.</summary>
    Invalid,

    /// <summary>There is no such item or version.</summary>
    NotFound,

    /// <summary>The change was based on a version that is no longer the latest.</summary>
    Stale,

    /// <summary>A concurrent change got there first (e.g. two publishes of one item at once).</summary>
    Conflict,

    /// <summary>The caller is not signed in and a permission the change needs is not granted to visitors; the error names the permission.</summary>
    Unauthenticated,

    /// <summary>The signed-in caller lacks a permission the change needs (or the chapter scope for it); the error names the permission.</summary>
    Forbidden,
}
