using System.Text.Json.Nodes;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;

namespace CrmSite.FactSheets.ContentTypes;

/// <summary>
/// Reads field values of an item without trusting their shape: the platform's field validator reports malformed
/// values, so a rule here sees them as missing rather than failing.
/// </summary>
internal static class ItemFields
{
    public static JsonNode? Value(ContentItem item, string part, string field, string property) =>
        item.Part(part)?[field] is JsonObject value ? value[property] : null;

    public static string? Text(ContentItem item, string part, string field, string property = "Text") =>
        FieldValue.Texts(Value(item, part, field, property)).FirstOrDefault() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;

    public static IReadOnlyList<string> Texts(ContentItem item, string part, string field, string property) =>
        [.. FieldValue.Texts(Value(item, part, field, property))];

    public static decimal? Number(ContentItem item, string part, string field) => item.Number(part, field);

    public static DateTime? Date(ContentItem item, string part, string field) => item.Date(part, field);

    /// <summary>A property of a built-in part (<c>LocalizationPart.Culture</c>), when it is a non-empty string.</summary>
    public static string? PartText(ContentItem item, string part, string property) =>
        item.Part(part)?[property] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
