namespace CrmSite.Content.Definitions;

/// <summary>All content definitions, stored as one document in the shape of Orchard's ContentDefinition step.</summary>
public sealed class ContentDefinitionDocument
{
    public List<ContentTypeDefinition> ContentTypes { get; set; } = [];

    public List<ContentPartDefinition> ContentParts { get; set; } = [];

    public ContentTypeDefinition? FindType(string name) =>
        ContentTypes.Find(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public ContentPartDefinition? FindPart(string name) =>
        ContentParts.Find(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
