using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Workflows.Model;

namespace CrmSite.Workflows.Admin;

/// <summary>
/// A type's activities and transitions as the JSON text the editor shows (<c>{"Activities": [...], "Transitions": [...]}</c>),
/// and reading it back; Orchard's names, so that a block copied from an Orchard export can be pasted in.
/// </summary>
public static class ActivitiesJson
{
    public const string Member = "definition";

    /// <summary>Indented, with non-Latin text as it is (readable Urdu in a textarea).</summary>
    public static readonly JsonSerializerOptions Indented = new(ContentJson.SerializerOptions)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(WorkflowType type) =>
        JsonSerializer.Serialize(new { type.Activities, type.Transitions }, Indented);

    /// <summary>Any JSON shown pretty (an instance's state); "" for none.</summary>
    public static string Pretty(JsonNode? node) => node is null ? "" : node.ToJsonString(Indented);

    /// <summary>The activities and transitions of <paramref name="text"/>, or the error that says why they cannot be read.</summary>
    public static ContentError? Read(string? text, out List<ActivityRecord> activities, out List<Transition> transitions)
    {
        activities = [];
        transitions = [];
        JsonObject json;
        try
        {
            json = ContentJson.ParseUntrusted(text ?? "", checkText: true);
        }
        catch (JsonException e)
        {
            return new ContentError(Member, $"The activities and transitions are not a JSON object: {e.Message}");
        }
        try
        {
            activities = json["Activities"]?.Deserialize<List<ActivityRecord>>(ContentJson.SerializerOptions) ?? [];
            transitions = json["Transitions"]?.Deserialize<List<Transition>>(ContentJson.SerializerOptions) ?? [];
        }
        catch (JsonException e)
        {
            return new ContentError(Member, $"The activities and transitions cannot be read: {e.Message}");
        }
        if (activities.Any(a => a is null) || transitions.Any(t => t is null))
        {
            return new ContentError(Member, $"An activity or a transition is null.");
        }
        Normalize(activities, transitions);
        return null;
    }

    /// <summary>A workflow type from a JSON node, or null with the reason.</summary>
    public static WorkflowType? ReadType(JsonNode? node, out string problem)
    {
        problem = "";
        if (node is not JsonObject json)
        {
            problem = "it is not a JSON object.";
            return null;
        }
        try
        {
            var type = json.Deserialize<WorkflowType>(ContentJson.SerializerOptions)!;
            if (type.Activities.Any(a => a is null) || type.Transitions.Any(t => t is null))
            {
                problem = "an activity or a transition is null.";
                return null;
            }
            type.Name ??= "";
            type.WorkflowTypeId ??= "";
            Normalize(type.Activities, type.Transitions);
            return type;
        }
        catch (JsonException e)
        {
            problem = e.Message;
            return null;
        }
    }

    /// <summary>JSON nulls where the model has none (<c>"Properties": null</c>) read as empty.</summary>
    private static void Normalize(List<ActivityRecord> activities, List<Transition> transitions)
    {
        foreach (var activity in activities)
        {
            activity.ActivityId ??= "";
            activity.Name ??= "";
            activity.Properties ??= [];
        }
        foreach (var transition in transitions)
        {
            transition.SourceActivityId ??= "";
            transition.SourceOutcomeName ??= "";
            transition.DestinationActivityId ??= "";
        }
    }

    /// <summary>A deep copy (the store's cache hands out shared objects that must not be changed in place).</summary>
    public static WorkflowType Copy(WorkflowType type) =>
        JsonSerializer.Deserialize<WorkflowType>(JsonSerializer.SerializeToUtf8Bytes(type, ContentJson.SerializerOptions), ContentJson.SerializerOptions)!;
}
