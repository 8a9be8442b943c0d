namespace CrmSite.Tests.Integration.Authorization;

/// <summary>What a caller tries to do with one item; the last four change it.</summary>
public enum MatrixOperation
{
    /// <summary>Read the published version.</summary>
    View,

    /// <summary>Read the latest version (a draft, or the history).</summary>
    Preview,

    /// <summary>Save a new version as a draft.</summary>
    Edit,

    Publish,
    Unpublish,
    Delete,
}
