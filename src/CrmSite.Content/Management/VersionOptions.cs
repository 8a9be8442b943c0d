namespace CrmSite.Content.Management;

/// <summary>Which version of an item to read.</summary>
public enum VersionOptions
{
    /// <summary>The published version.</summary>
    Published,

    /// <summary>The latest version, published or not.</summary>
    Latest,

    /// <summary>The latest version only if it is an unpublished draft.</summary>
    Draft,
}
