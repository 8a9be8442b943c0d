using System.Text.Json.Nodes;

namespace CrmSite.Workflows.Model;

/// <summary>
/// What an instance carries between activities, stored as JSON: Orchard's <c>Input</c>, <c>Output</c>,
/// <c>Properties</c>, <c>LastResult</c>, per-activity state and the executed activities, plus a journal of what
/// its log and notify tasks said.
/// </summary>
public sealed class WorkflowState
{
    public JsonObject Input { get; set; } = [];

    public JsonObject Output { get; set; } = [];

    public JsonObject Properties { get; set; } = [];

    public JsonNode? LastResult { get; set; }

    public Dictionary<string, JsonObject> ActivityStates { get; set; } = new(StringComparer.Ordinal);

    public List<ExecutedActivity> ExecutedActivities { get; set; } = [];

    public List<JournalEntry> Journal { get; set; } = [];
}
