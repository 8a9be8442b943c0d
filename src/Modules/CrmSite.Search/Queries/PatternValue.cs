using System.Text.Json.Nodes;

namespace CrmSite.Search.Queries;

// The value of a prefix or wildcard query: a string, or {"value" | "<type>": string, "boost": b}.
internal static class PatternValue
{
    public static (string Value, float? Boost) Read(FieldEntry field, string type)
    {
        if (field.Value is not JsonObject options)
        {
            return (DslJson.String(field.Value, field.Path), null);
        }

        DslJson.OnlyKeys(options, field.Path, "value", type, "boost");
        if (options.ContainsKey("value") && options.ContainsKey(type))
        {
            throw new QueryDslException(field.Path, $"give the pattern as value or {type}, not both");
        }

        var key = options.ContainsKey(type) ? type : "value";
        var value = DslJson.String(DslJson.Required(options, field.Path, key), DslPath.Child(field.Path, key));
        float? boost = options.TryGetPropertyValue("boost", out var node) ? DslJson.Boost(node, DslPath.Child(field.Path, "boost")) : null;
        return (value, boost);
    }
}
