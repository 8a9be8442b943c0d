using System.Text.Json.Nodes;
using CrmSite.Content.Fields;
using CrmSite.Content.Recipes;

namespace CrmSite.Content.Definitions;

/// <summary>Reads definition JSON (as Orchard recipes write it) and says exactly which record is malformed.</summary>
public static class DefinitionReader
{
    public static ContentTypeDefinition ReadType(JsonNode? node, string place)
    {
        var obj = node as JsonObject ?? throw new RecipeException($"{place} is not an object.");
        var name = RequiredString(obj, "Name", place);
        place = $"{place} '{name}'";
        var parts = new List<ContentTypePartDefinition>();
        if (obj["ContentTypePartDefinitionRecords"] is JsonArray records)
        {
            for (var i = 0; i < records.Count; i++)
            {
                var recordPlace = $"{place} ContentTypePartDefinitionRecords[{i}]";
                var record = records[i] as JsonObject ?? throw new RecipeException($"{recordPlace} is not an object.");
                var partName = RequiredString(record, "PartName", recordPlace);
                parts.Add(new ContentTypePartDefinition
                {
                    PartName = partName,
                    Name = OptionalString(record, "Name") ?? partName,
                    Settings = Settings(record, recordPlace),
                });
            }
        }
        return new ContentTypeDefinition
        {
            Name = name,
            DisplayName = OptionalString(obj, "DisplayName"),
            Settings = Settings(obj, place),
            Parts = parts,
        };
    }

    /// <summary>
    /// Reads a part. Field kinds CrmSite does not know are kept as written (their values are stored, neither
    /// validated nor indexed) and reported through <paramref name="warn"/>.
    /// </summary>
    public static ContentPartDefinition ReadPart(JsonNode? node, string place, Action<string>? warn = null)
    {
        var obj = node as JsonObject ?? throw new RecipeException($"{place} is not an object.");
        var name = RequiredString(obj, "Name", place);
        place = $"{place} '{name}'";
        var fields = new List<ContentPartFieldDefinition>();
        if (obj["ContentPartFieldDefinitionRecords"] is JsonArray records)
        {
            for (var i = 0; i < records.Count; i++)
            {
                var recordPlace = $"{place} ContentPartFieldDefinitionRecords[{i}]";
                var record = records[i] as JsonObject ?? throw new RecipeException($"{recordPlace} is not an object.");
                var fieldName = RequiredString(record, "FieldName", recordPlace);
                var kind = FieldKinds.Find(fieldName);
                if (kind is null)
                {
                    warn?.Invoke($"{recordPlace}: field kind '{fieldName}' is not known to CrmSite; its values are kept but not validated or indexed.");
                }
                fields.Add(new ContentPartFieldDefinition
                {
                    FieldName = kind?.Name ?? fieldName,
                    Name = RequiredString(record, "Name", recordPlace),
                    Settings = Settings(record, recordPlace),
                });
            }
        }
        return new ContentPartDefinition { Name = name, Settings = Settings(obj, place), Fields = fields };
    }

    private static JsonObject Settings(JsonObject obj, string place) => obj["Settings"] switch
    {
        null => [],
        JsonObject settings => (JsonObject)settings.DeepClone(),
        _ => throw new RecipeException($"{place}: Settings must be an object."),
    };

    private static string RequiredString(JsonObject obj, string property, string place) =>
        OptionalString(obj, property) is { Length: > 0 } value
            ? value
            : throw new RecipeException($"{place} has no {property}.");

    private static string? OptionalString(JsonObject obj, string property) =>
        obj[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
