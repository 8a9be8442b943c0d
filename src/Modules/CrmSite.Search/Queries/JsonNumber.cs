using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmSite.Search.Queries;

// A JSON number read from its text, so integers keep all 64 bits whatever CLR type backs the node. Integer is set
// only for integer syntax: 2.0 and 1e3 are doubles, as in Orchard's range query.
internal readonly record struct JsonNumber(double Value, long? Integer)
{
    public static bool TryRead(JsonNode? node, out JsonNumber number)
    {
        if (node is null || node.GetValueKind() != JsonValueKind.Number)
        {
            number = default;
            return false;
        }

        return TryParse(node.ToJsonString(), out number);
    }

    public static bool TryParse(string text, out JsonNumber number)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            number = new JsonNumber(integer, integer);
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            number = new JsonNumber(value, null);
            return true;
        }

        number = default;
        return false;
    }
}
