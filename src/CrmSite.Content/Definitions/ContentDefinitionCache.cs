namespace CrmSite.Content.Definitions;

/// <summary>The committed definitions last read from the store, shared by all requests of this node.</summary>
public sealed class ContentDefinitionCache
{
    private volatile Entry? _entry;

    internal Entry? Current => _entry;

    internal void Set(Entry entry) => _entry = entry;

    internal sealed record Entry(ContentDefinitionDocument Document, long Version);
}
