using System.Text.Json.Nodes;
using CrmSite.Workflows.Model;

namespace CrmSite.Workflows.Engine;

/// <summary>An activity of the type as it runs in an instance: its record, its state in the instance, and the transition that led to it.</summary>
public sealed class ActivityContext(ActivityRecord record, JsonObject state, string? arrivedFrom = null)
{
    public ActivityRecord Record { get; } = record;

    public string ActivityId => Record.ActivityId;

    public JsonObject Properties => Record.Properties;

    /// <summary>The activity's own state in this instance (a join's arrived branches, a timer's start).</summary>
    public JsonObject State { get; } = state;

    /// <summary>The activity whose outcome led here, when one did.</summary>
    public string? ArrivedFrom { get; } = arrivedFrom;

    /// <summary>A text property.</summary>
    public string? Text(string name) => Properties[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>A boolean property (JSON true/false, or the text "true").</summary>
    public bool Flag(string name) => Properties[name] switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => bool.TryParse(s, out var b) && b,
        _ => false,
    };

    /// <summary>A list property (<c>["a","b"]</c>, or a comma-separated text as older exports write some).</summary>
    public IReadOnlyList<string> List(string name) => Properties[name] switch
    {
        JsonArray a => a.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n?.ToJsonString() ?? "")
            .Where(s => s.Length > 0).ToArray(),
        JsonValue v when v.TryGetValue<string>(out var s) => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => [],
    };

    /// <summary>An expression property's text: <c>{"Expression": "..."}</c>, or a bare string.</summary>
    public string? Expression(string name) => Properties[name] switch
    {
        JsonObject o => o["Expression"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => null,
    };
}
