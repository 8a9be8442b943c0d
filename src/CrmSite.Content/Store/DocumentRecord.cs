namespace CrmSite.Content.Store;

/// <summary>A named JSON document (definitions, settings, features) with a version stamp that changes on every write.</summary>
public sealed class DocumentRecord
{
    public required string Name { get; set; }
    public required string Content { get; set; }
    public long Version { get; set; }
}
