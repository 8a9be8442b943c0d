using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Workflows.Expressions;
using CrmSite.Workflows.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Workflows.Engine;

/// <summary>
/// An instance as it runs: its type, state and status, the services of the scope it runs in, and the two
/// expression languages its activities' properties are written in.
/// </summary>
public sealed class WorkflowContext(WorkflowType type, WorkflowInstance instance, IServiceProvider services, TimeProvider clock)
{
    private WorkflowScript? _script;

    public WorkflowType Type { get; } = type;

    public WorkflowInstance Instance { get; } = instance;

    public IServiceProvider Services { get; } = services;

    public TimeProvider Clock { get; } = clock;

    public WorkflowState State => Instance.State;

    public JsonObject Input => State.Input;

    public JsonObject Output => State.Output;

    public JsonObject Properties => State.Properties;

    public string WorkflowId => Instance.WorkflowId;

    public string? CorrelationId { get => Instance.CorrelationId; set => Instance.CorrelationId = value; }

    public JsonNode? LastResult { get => State.LastResult; set => State.LastResult = value; }

    /// <summary>The content item the instance is about: the one its content event gave, if any.</summary>
    public ContentItem? ContentItem =>
        Input[nameof(ContentItem)] is JsonObject item ? new ContentItem(item) : null;

    /// <summary>The state kept for <paramref name="activityId"/> in this instance.</summary>
    public JsonObject ActivityState(string activityId)
    {
        if (!State.ActivityStates.TryGetValue(activityId, out var state))
        {
            State.ActivityStates[activityId] = state = [];
        }
        return state;
    }

    /// <summary>Writes a line to the instance's journal (shown on its admin page).</summary>
    public void Journal(string activityId, string level, string text) =>
        State.Journal.Add(new JournalEntry(Clock.GetUtcNow().UtcDateTime, activityId, level, text));

    /// <summary>Renders a Liquid template with the workflow's values, HTML-encoded.</summary>
    public Task<string> RenderLiquidAsync(string? template, bool encode = true) =>
        Services.GetRequiredService<WorkflowLiquid>().RenderAsync(template ?? "", this, encode);

    /// <summary>Evaluates a JavaScript expression with the workflow's functions, under time and statement limits.</summary>
    public JsonNode? Evaluate(string? script) => (_script ??= ActivatorUtilities.CreateInstance<WorkflowScript>(Services, this)).Evaluate(script ?? "");

    /// <summary>The outcomes a script chose with <c>setOutcome(name)</c> since the last call.</summary>
    public IReadOnlyList<string> TakeScriptOutcomes() => _script?.TakeOutcomes() ?? [];

    internal void DisposeScript() => _script?.Dispose();
}
