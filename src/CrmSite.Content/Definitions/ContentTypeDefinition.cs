using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrmSite.Content.Definitions;

/// <summary>A content type in Orchard's definition shape: settings keyed by settings-class name, and its parts.</summary>
public sealed class ContentTypeDefinition
{
    public required string Name { get; init; }

    public string? DisplayName { get; set; }

    public JsonObject Settings { get; set; } = [];

    [JsonPropertyName("ContentTypePartDefinitionRecords")]
    public List<ContentTypePartDefinition> Parts { get; set; } = [];

    /// <summary>The type's <c>ContentTypeSettings</c>.</summary>
    [JsonIgnore]
    public ContentTypeSettings TypeSettings => SettingsReader.Read<ContentTypeSettings>(Settings);

    /// <summary>The part record named <paramref name="name"/> (its Name, which for most parts is its PartName).</summary>
    public ContentTypePartDefinition? FindPart(string name) =>
        Parts.Find(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
