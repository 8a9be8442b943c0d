using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;

namespace CrmSite.FactSheets.ContentTypes;

/// <summary>Reads a field's settings as Orchard keys them (by settings-class name, in any case).</summary>
internal static class FieldSettings
{
    public static JsonNode? Find(JsonObject? settings, string name) =>
        settings is null ? null : SettingsReader.FindIgnoringCase(settings, name);

    /// <summary>The text of a string setting, e.g. <c>TaxonomyFieldSettings.TaxonomyContentItemId</c>.</summary>
    public static string? Text(ContentPartFieldDefinition? field, string settingsName, string property) =>
        Find(Find(field?.Settings, settingsName) as JsonObject, property) is JsonValue value &&
        value.TryGetValue<string>(out var text) && text.Length > 0
            ? text
            : null;

    /// <summary>The name a predefined list shows for <paramref name="value"/> ("Balochistan" for "balochistan"), else the value.</summary>
    public static string OptionName(ContentPartFieldDefinition? field, string value)
    {
        var options = Find(Find(field?.Settings, "TextFieldPredefinedListEditorSettings") as JsonObject, "Options") as JsonArray;
        return options?.OfType<JsonObject>()
            .Where(o => Find(o, "value") is JsonValue v && v.TryGetValue<string>(out var text) && text == value)
            .Select(o => Find(o, "name") is JsonValue n && n.TryGetValue<string>(out var name) ? name : null)
            .FirstOrDefault(n => !string.IsNullOrEmpty(n)) ?? value;
    }
}
