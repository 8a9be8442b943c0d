using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;

namespace CrmSite.Search.SavedQueries;

/// <summary>A query's JSON parameters as Liquid values: strings, numbers, booleans, null, arrays and objects.</summary>
public static class TemplateValues
{
    /// <exception cref="QueryTemplateException">A number is beyond what Liquid holds.</exception>
    public static FluidValue From(JsonNode? node, TemplateOptions options, string path) => node switch
    {
        null => NilValue.Instance,
        JsonArray array => new ArrayValue([.. array.Select((item, i) => From(item, options, $"{path}[{i}]"))]),
        JsonObject obj => FluidValue.Create(obj.ToDictionary(p => p.Key, p => (object)From(p.Value, options, $"{path}.{p.Key}")), options),
        _ => Scalar(node.AsValue(), path),
    };

    private static FluidValue Scalar(JsonValue value, string path) => value.GetValueKind() switch
    {
        JsonValueKind.String => new StringValue(value.GetValue<string>()),
        JsonValueKind.True => BooleanValue.True,
        JsonValueKind.False => BooleanValue.False,
        // Liquid numbers are decimals; a JSON number beyond them could only be rendered as some other number.
        JsonValueKind.Number when value.TryGetValue<decimal>(out var number) => NumberValue.Create(number),
        JsonValueKind.Number => throw new QueryTemplateException("parameters", $"{path} is a number too large for a query."),
        _ => NilValue.Instance,
    };
}
