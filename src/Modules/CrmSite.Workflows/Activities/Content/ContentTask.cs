using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Workflows.Activities.Content;

/// <summary>
/// What Orchard's content tasks share: the item a <c>Content</c> expression names (the workflow's own item when it
/// is empty), <c>ContentProperties</c> rendered as JSON, and changes made as the system when no one is signed in.
/// </summary>
public abstract class ContentTask : TaskActivity
{
    // Values are escaped for JSON strings, as Orchard renders content properties with a JavaScript encoder.
    private static readonly JavaScriptEncoder Json = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// The scope's content manager, resolved when the task runs: the content manager's own handlers lead to the
    /// workflow engine and its activities, so a constructor dependency would be circular.
    /// </summary>
    protected static ContentManager Content(WorkflowContext workflow) => workflow.Services.GetRequiredService<ContentManager>();

    /// <summary>
    /// The id the <c>Content</c> expression gives (an id, or an item with a ContentItemId), or the workflow's item
    /// when the property is empty; null when neither names one.
    /// </summary>
    protected static string? ContentItemId(WorkflowContext workflow, ActivityContext activity)
    {
        var script = activity.Expression("Content");
        if (string.IsNullOrWhiteSpace(script))
        {
            return workflow.ContentItem?.ContentItemId is { Length: > 0 } own ? own : null;
        }
        return workflow.Evaluate(script) switch
        {
            JsonValue v when v.TryGetValue<string>(out var id) && id.Length > 0 => id,
            JsonObject item when item["ContentItemId"] is JsonValue v && v.TryGetValue<string>(out var id) && id.Length > 0 => id,
            _ => null,
        };
    }

    /// <summary>The id of the item to change, or a fault naming the property when there is none.</summary>
    protected static string RequiredContentItemId(WorkflowContext workflow, ActivityContext activity) =>
        ContentItemId(workflow, activity) ?? throw Fault(activity,
            "Content names no content item: the expression gave no id, and the workflow has no content item of its own.");

    /// <summary>A fault naming the activity, as the engine shows it on the instance.</summary>
    protected static ActivityFaultException Fault(ActivityContext activity, string message) =>
        new($"{activity.Record.Name} ({activity.ActivityId}): {message}");

    /// <summary>A fault with a refused change's errors.</summary>
    protected static ActivityFaultException Refused(ActivityContext activity, ContentResult result) =>
        Fault(activity, string.Join(" ", result.Errors.Select(e => e.Message)));

    /// <summary><c>ContentProperties</c> (Liquid) as a JSON object of parts; an empty object when the property is empty.</summary>
    protected static async Task<JsonObject> ContentPropertiesAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var template = activity.Expression("ContentProperties");
        if (string.IsNullOrWhiteSpace(template))
        {
            return [];
        }
        var text = await workflow.Services.GetRequiredService<WorkflowLiquid>().RenderAsync(template, workflow, Json);
        JsonObject properties;
        try
        {
            properties = JsonNode.Parse(text, ContentJson.NodeOptions) as JsonObject
                ?? throw Fault(activity, "ContentProperties must render a JSON object.");
        }
        catch (JsonException e)
        {
            throw Fault(activity, $"ContentProperties did not render valid JSON: {e.Message}");
        }
        // The task decides which item it writes and its type; the properties give its parts.
        foreach (var member in new[] { "ContentItemId", "ContentItemVersionId", "ContentType" })
        {
            properties.Remove(member);
        }
        return properties;
    }

    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/>: objects merge member by member, anything else replaces.</summary>
    internal static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (name, value) in source.ToList())
        {
            if (value is JsonObject inner && target[name] is JsonObject existing)
            {
                Merge(existing, inner);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }

    /// <summary>
    /// Content changes are recorded as the signed-in user's; with no one signed in (a timer, a signal link) as
    /// the system's "workflow" user. Content tasks check no permission: the workflow's author decided what it does.
    /// </summary>
    protected static void ActAsWorkflowWhenAnonymous(WorkflowContext workflow)
    {
        var actor = workflow.Services.GetRequiredService<ContentActor>();
        if (actor.UserId is null && actor.UserName == "system")
        {
            actor.ActAs(null, "workflow");
        }
    }

    /// <summary>Takes <c>Failed</c> for a refused change, with each error in the journal and the errors as the last result.</summary>
    protected static ActivityResult Failed(WorkflowContext workflow, ActivityContext activity, ContentResult result)
    {
        var errors = new JsonArray(result.Errors.Select(e => (JsonNode)new JsonObject { ["Member"] = e.Member, ["Message"] = e.Message }).ToArray());
        workflow.LastResult = new JsonObject { ["Failure"] = result.Failure.ToString(), ["Errors"] = errors };
        workflow.Journal(activity.ActivityId, "Warning",
            $"{activity.Record.Name} failed ({result.Failure}): {string.Join(" ", result.Errors.Select(e => $"{e.Member}: {e.Message}"))}");
        return ActivityResult.Outcomes("Failed");
    }

    /// <summary>The item as the last result.</summary>
    protected static ActivityResult Done(WorkflowContext workflow, ContentItem item)
    {
        workflow.LastResult = ContentJson.CloneObject(item.Data);
        return ActivityResult.Outcomes("Done");
    }
}
