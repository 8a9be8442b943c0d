using System.Text.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Recipes;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;

namespace CrmSite.Workflows.Recipes;

/// <summary>
/// <c>WorkflowType</c>: <c>data: [workflow types]</c> in Orchard's JSON. A type replaces the one with the same
/// WorkflowTypeId. Every type is checked before any is saved; the step fails naming the type and each problem.
/// </summary>
public sealed class WorkflowTypeStep(WorkflowTypeStore store, WorkflowTypeValidator validator) : IRecipeStep
{
    public string Name => "WorkflowType";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var types = new List<WorkflowType>();
        var number = 0;
        foreach (var node in StepJson.Array(context.Step, "data"))
        {
            number++;
            var type = Read(node) ?? throw context.Fail($"workflow type {number} is not a workflow type object.");
            var errors = validator.Validate(type);
            if (errors.Count > 0)
            {
                throw context.Fail($"workflow type '{type.Name}' ({number}): {string.Join(" ", errors.Select(e => $"{e.Member}: {e.Message}"))}");
            }
            types.Add(type);
        }
        await store.SaveAsync(types, cancellationToken);
    }

    /// <summary>A workflow type from Orchard's JSON, or null when the node is not one.</summary>
    public static WorkflowType? Read(JsonNode? node)
    {
        if (node is not JsonObject json)
        {
            return null;
        }
        try
        {
            return json.Deserialize<WorkflowType>(ContentJson.SerializerOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A recipe that imports <paramref name="types"/> back as they are.</summary>
    public static JsonObject Export(IEnumerable<WorkflowType> types) => new()
    {
        ["name"] = "workflows",
        ["displayName"] = "Workflow types",
        ["steps"] = new JsonArray
        {
            new JsonObject { ["name"] = "WorkflowType", ["data"] = JsonSerializer.SerializeToNode(types.ToList(), ContentJson.SerializerOptions) },
        },
    };
}
