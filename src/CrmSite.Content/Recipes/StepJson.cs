using System.Text.Json.Nodes;

namespace CrmSite.Content.Recipes;

/// <summary>Small readers for the loosely typed values of Orchard's recipe steps.</summary>
public static class StepJson
{
    public static string? Text(JsonNode? node, string property) =>
        node?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool? Flag(JsonNode? node, string property) =>
        node?[property] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    public static IEnumerable<JsonNode?> Array(JsonNode? node, string property) => node?[property] as JsonArray ?? [];

    /// <summary>Names from a list of strings or of <c>{Name, Selected}</c> entries (unselected entries are skipped).</summary>
    public static IEnumerable<string> Names(JsonNode? node, string property) =>
        Array(node, property).Select(entry => entry switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonObject o when Flag(o, "Selected") != false => Text(o, "Name"),
            _ => null,
        }).OfType<string>().Where(n => n.Length > 0);
}
