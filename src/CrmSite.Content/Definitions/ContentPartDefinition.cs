using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrmSite.Content.Definitions;

/// <summary>A part definition and its fields.</summary>
public sealed class ContentPartDefinition
{
    public required string Name { get; init; }

    public JsonObject Settings { get; set; } = [];

    [JsonPropertyName("ContentPartFieldDefinitionRecords")]
    public List<ContentPartFieldDefinition> Fields { get; set; } = [];

    public ContentPartFieldDefinition? FindField(string name) =>
        Fields.Find(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
