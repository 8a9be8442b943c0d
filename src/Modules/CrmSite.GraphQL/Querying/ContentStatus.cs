namespace CrmSite.GraphQL.Querying;

/// <summary>Orchard's <c>status</c> argument: which versions a list returns.</summary>
public enum ContentStatus
{
    /// <summary>Published versions (the default, and all that anonymous callers get).</summary>
    Published,

    /// <summary>Latest versions that are not published.</summary>
    Draft,

    /// <summary>Latest versions, published or not.</summary>
    Latest,

    /// <summary>Latest and published versions (two for an item with a draft).</summary>
    All,
}
