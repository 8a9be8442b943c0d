using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Model;

namespace CrmSite.Workflows.Admin;

/// <summary>
/// Reads workflow types pasted or uploaded in the admin: a whole recipe (the data of its <c>WorkflowType</c> steps)
/// or one workflow type object. Every type is checked; each error names the type and where in it, so that nothing
/// is saved unless everything can be.
/// </summary>
public sealed class WorkflowTypeImport(WorkflowTypeValidator validator)
{
    /// <summary>The form member the errors of an import belong to.</summary>
    public const string Member = "import";

    public (IReadOnlyList<WorkflowType> Types, IReadOnlyList<ContentError> Errors) Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], [new ContentError(Member, $"Paste or upload a recipe or a workflow type in JSON.")]);
        }
        JsonObject json;
        try
        {
            json = ContentJson.ParseUntrusted(text, checkText: true);
        }
        catch (JsonException e)
        {
            return ([], [new ContentError(Member, $"The text is not a JSON object: {e.Message}")]);
        }
        var nodes = Candidates(json);
        if (nodes.Count == 0)
        {
            return ([], [new ContentError(Member, $"The JSON is neither a recipe with a WorkflowType step nor a workflow type (an object with a Name and Activities).")]);
        }
        var types = new List<WorkflowType>();
        var errors = new List<ContentError>();
        var number = 0;
        foreach (var node in nodes)
        {
            number++;
            if (ActivitiesJson.ReadType(node, out var problem) is not { } type)
            {
                errors.Add(new ContentError(Member, $"Workflow type {number} cannot be read: {problem}"));
                continue;
            }
            var label = $"{(type.Name.Length > 0 ? type.Name : "?")} ({number})";
            errors.AddRange(validator.Validate(type).Select(e => new ContentError($"{label}: {e.Member}", FormattableStringFactory.Create(e.Format, [.. e.Arguments]))));
            types.Add(type);
        }
        var twice = types.Where(t => t.WorkflowTypeId.Length > 0).GroupBy(t => t.WorkflowTypeId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        errors.AddRange(twice.Select(id => new ContentError(Member, $"The WorkflowTypeId '{id}' is used by more than one type.")));
        return errors.Count > 0 ? ([], errors) : (types, []);
    }

    /// <summary>The type objects of a recipe's WorkflowType steps, or the object itself when it is a type.</summary>
    private static List<JsonNode?> Candidates(JsonObject json)
    {
        if (json["steps"] is JsonArray steps)
        {
            return [.. from step in steps
                       where step?["name"] is JsonValue name && string.Equals(name.ToString(), "WorkflowType", StringComparison.OrdinalIgnoreCase)
                       from type in step["data"] as JsonArray ?? []
                       select type];
        }
        return json.ContainsKey("Activities") || json.ContainsKey("WorkflowTypeId") ? [json] : [];
    }
}
