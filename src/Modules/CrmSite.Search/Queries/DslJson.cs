using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmSite.Search.Queries;

// Reads DSL values and says exactly what was wrong, with the path, instead of letting a cast throw.
internal static class DslJson
{
    public static JsonValueKind Kind(JsonNode? node) => node is null ? JsonValueKind.Null : node.GetValueKind();

    public static string Describe(JsonNode? node) => Kind(node) switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    public static JsonObject Object(JsonNode? node, string path, string what) =>
        node as JsonObject ?? throw new QueryDslException(path, $"{what} must be a JSON object, not {Describe(node)}");

    public static void OnlyKeys(JsonObject obj, string path, params string[] allowed)
    {
        foreach (var (key, _) in obj)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                throw new QueryDslException(DslPath.Child(path, key), $"unknown property '{key}'; expected {string.Join(", ", allowed)}");
            }
        }
    }

    public static string String(JsonNode? node, string path)
    {
        if (Kind(node) != JsonValueKind.String)
        {
            throw new QueryDslException(path, $"must be a string, not {Describe(node)}");
        }

        return node!.GetValue<string>();
    }

    // Elasticsearch takes numbers and booleans wherever it takes query text.
    public static string Scalar(JsonNode? node, string path) => Kind(node) switch
    {
        JsonValueKind.String => node!.GetValue<string>(),
        JsonValueKind.Number => node!.ToJsonString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw new QueryDslException(path, $"must be a string, number or boolean, not {Describe(node)}"),
    };

    // Orchard read integers with Value<int>(), which also took numeric strings; so do we.
    public static int Int(JsonNode? node, string path, int min, int max)
    {
        long value;
        if (JsonNumber.TryRead(node, out var number) && number.Integer is { } integer)
        {
            value = integer;
        }
        else if (Kind(node) == JsonValueKind.String
            && long.TryParse(node!.GetValue<string>(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
        }
        else
        {
            throw new QueryDslException(path, $"must be an integer, not {Describe(node)}");
        }

        if (value < min)
        {
            throw new QueryDslException(path, $"must be at least {min}");
        }

        return value > max ? throw new QueryDslException(path, $"must be at most {max}") : (int)value;
    }

    public static float Boost(JsonNode? node, string path)
    {
        if (!JsonNumber.TryRead(node, out var number) || number.Value < 0 || number.Value > float.MaxValue)
        {
            throw new QueryDslException(path, "boost must be a number of at least 0");
        }

        return (float)number.Value;
    }

    public static JsonNode? Required(JsonObject obj, string path, string key) =>
        obj.TryGetPropertyValue(key, out var value)
            ? value
            : throw new QueryDslException(DslPath.Child(path, key), $"'{key}' is required");

    // true for "and", false for "or", in any case, as Orchard lower-cased the operators.
    public static bool IsAnd(JsonNode? node, string path) => String(node, path).ToUpperInvariant() switch
    {
        "AND" => true,
        "OR" => false,
        _ => throw new QueryDslException(path, "must be \"and\" or \"or\""),
    };

    public static bool Bool(JsonNode? node, string path) => Kind(node) switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new QueryDslException(path, $"must be true or false, not {Describe(node)}"),
    };

    // A leaf query names one field; options such as "boost" may sit beside it (terms) or inside its value.
    public static FieldEntry Field(JsonNode? body, string path, string queryType, params string[] siblings)
    {
        var obj = Object(body, path, $"a {queryType} query");
        var fields = obj.Where(p => !siblings.Contains(p.Key, StringComparer.Ordinal)).ToList();
        if (fields.Count != 1)
        {
            throw new QueryDslException(path, $"a {queryType} query names exactly one field, not {fields.Count}");
        }

        var (name, value) = fields[0];
        var fieldPath = DslPath.Child(path, name);
        return string.IsNullOrWhiteSpace(name)
            ? throw new QueryDslException(fieldPath, "the field name is empty")
            : new FieldEntry(name, value, fieldPath);
    }
}
