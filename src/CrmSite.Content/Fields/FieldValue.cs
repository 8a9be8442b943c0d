using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmSite.Content.Fields;

/// <summary>Reads a JSON value as the shape a field kind expects, telling a missing value from a malformed one.</summary>
public static class FieldValue
{
    /// <summary>The field index stores numbers with 20 integer digits (and 8 decimals) on every provider.</summary>
    public static readonly decimal MaxNumber = 100_000_000_000_000_000_000m;

    /// <summary>How a value of <paramref name="kind"/> is described in error messages ("a number").</summary>
    public static string Describe(FieldValueKind kind) => kind switch
    {
        FieldValueKind.Number => "a number",
        FieldValueKind.Boolean => "true or false",
        FieldValueKind.Date => "an ISO 8601 date",
        FieldValueKind.TextList => "a list of strings",
        _ => "a string",
    };

    /// <summary>True when <paramref name="node"/> is null, an empty string or an empty list.</summary>
    public static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetValue<string>()),
        JsonValue value => value.GetValueKind() == JsonValueKind.Null,
        _ => false,
    };

    /// <summary>True when <paramref name="node"/> has the JSON shape of <paramref name="kind"/> (or is empty).</summary>
    public static bool HasShape(JsonNode? node, FieldValueKind kind) => IsEmpty(node) || kind switch
    {
        FieldValueKind.Text or FieldValueKind.LongText => node is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        FieldValueKind.Number => TryNumber(node, out _),
        FieldValueKind.Boolean => node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        FieldValueKind.Date => TryDate(node, out _),
        FieldValueKind.TextList => node is JsonArray array && array.All(e => e is JsonValue v && v.GetValueKind() == JsonValueKind.String),
        _ => true,
    };

    public static bool TryNumber(JsonNode? node, out decimal number)
    {
        number = 0;
        return node is JsonValue value && value.GetValueKind() switch
        {
            // A node built in memory (JsonValue.Create(2024L)) converts only to its own CLR type; its JSON text always parses.
            JsonValueKind.Number => value.TryGetValue(out number) || TryParseDouble(value, out number) ||
                decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number),
            JsonValueKind.String => decimal.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
    }

    public static bool TryDate(JsonNode? node, out DateTime date)
    {
        date = default;
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return false;
        }
        if (!DateTime.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out date))
        {
            return false;
        }
        date = DateTime.SpecifyKind(date, DateTimeKind.Utc);
        return true;
    }

    /// <summary>The strings of a text or text-list value.</summary>
    public static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonArray array => array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };

    private static bool TryParseDouble(JsonValue value, out decimal number)
    {
        number = 0;
        if (!value.TryGetValue(out double d) || double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > (double)decimal.MaxValue)
        {
            return false;
        }
        number = (decimal)d;
        return true;
    }
}
