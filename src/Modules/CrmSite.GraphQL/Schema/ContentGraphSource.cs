namespace CrmSite.GraphQL.Schema;

/// <summary>
/// Data a contributor builds fields from, with the version that tells the schema cache when to rebuild (a document's
/// stamp, say); two sources with the same version are taken to hold the same data.
/// </summary>
public sealed record ContentGraphSource(long Version, object Data);
