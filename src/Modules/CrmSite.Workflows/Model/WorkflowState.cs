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

/// <summary>One run of an activity: when, and the outcomes it took.</summary>
public sealed record ExecutedActivity(string ActivityId, string Name, DateTime ExecutedUtc, IReadOnlyList<string> Outcomes);

/// <summary>A line a <c>LogTask</c> or <c>NotifyTask</c> wrote (level: Trace … Critical, or Success/Information/Warning/Error).</summary>
public sealed record JournalEntry(DateTime Utc, string ActivityId, string Level, string Text);

/// <summary>An activity the instance waits on (an event: user task, signal, timer, content event).</summary>
public sealed record BlockingActivity(string ActivityId, string Name, bool IsStart);
