using System.Text.Json.Nodes;

namespace CrmSite.Content.Definitions;

/// <summary>A part attached to a type. <see cref="PartName"/> is the part definition, <see cref="Name"/> the name on the item.</summary>
public sealed class ContentTypePartDefinition
{
    public required string PartName { get; init; }

    public required string Name { get; init; }

    public JsonObject Settings { get; set; } = [];

    /// <summary>The position from <c>ContentTypePartSettings</c>; Orchard stores it as a string.</summary>
    public int Position =>
        int.TryParse(SettingsReader.Read<ContentTypePartSettings>(Settings).Position, out var position) ? position : 0;
}
