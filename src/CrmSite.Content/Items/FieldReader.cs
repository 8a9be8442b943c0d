using System.Text.Json.Nodes;
using CrmSite.Content.Fields;

namespace CrmSite.Content.Items;

/// <summary>
/// Reads Orchard field values of an item by part and field name, tolerating any shape: a value that is missing or
/// of the wrong shape reads as absent (the field validator reports the shape), so domain rules never throw.
/// </summary>
public static class FieldReader
{
    /// <summary>A text field's text, or null when empty.</summary>
    public static string? Text(this ContentItem item, string part, string field) =>
        Property(item, part, field, "Text") is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    /// <summary>A numeric field's value.</summary>
    public static decimal? Number(this ContentItem item, string part, string field) =>
        FieldValue.TryNumber(Property(item, part, field, "Value"), out var number) ? number : null;

    /// <summary>A date or date-time field's value.</summary>
    public static DateTime? Date(this ContentItem item, string part, string field) =>
        FieldValue.TryDate(Property(item, part, field, "Value"), out var date) ? date : null;

    /// <summary>A boolean field's value; false when absent.</summary>
    public static bool Flag(this ContentItem item, string part, string field) =>
        Property(item, part, field, "Value") is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    /// <summary>The item ids a content picker field holds.</summary>
    public static IReadOnlyList<string> Ids(this ContentItem item, string part, string field) =>
        [.. FieldValue.Texts(Property(item, part, field, "ContentItemIds")).Where(id => id.Length > 0)];

    /// <summary>The first item id a content picker field holds, or null.</summary>
    public static string? Id(this ContentItem item, string part, string field) =>
        FieldValue.Texts(Property(item, part, field, "ContentItemIds")).FirstOrDefault(id => id.Length > 0);

    /// <summary>A link field's URL, or null when empty.</summary>
    public static string? Url(this ContentItem item, string part, string field) =>
        Property(item, part, field, "Url") is JsonValue value && value.TryGetValue<string>(out var url) && url.Length > 0 ? url : null;

    private static JsonNode? Property(ContentItem item, string part, string field, string property) =>
        item.Part(part)?[field] is JsonObject value ? value[property] : null;
}
