using System.Text.Json.Nodes;

namespace CrmSite.Content.Definitions;

/// <summary>A field of a part. <see cref="FieldName"/> is its kind (TextField, NumericField, ...).</summary>
public sealed class ContentPartFieldDefinition
{
    public required string FieldName { get; init; }

    public required string Name { get; init; }

    public JsonObject Settings { get; set; } = [];

    /// <summary>Reads the settings object named after <typeparamref name="TSettings"/>.</summary>
    public TSettings GetSettings<TSettings>() where TSettings : new() => SettingsReader.Read<TSettings>(Settings);
}
