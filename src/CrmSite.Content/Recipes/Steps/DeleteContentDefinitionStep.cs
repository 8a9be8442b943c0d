using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;

namespace CrmSite.Content.Recipes.Steps;

/// <summary><c>DeleteContentDefinition</c>: <c>{ContentTypes: ["Name"], ContentParts: ["Name"]}</c>. Items of a deleted type stay stored.</summary>
public sealed class DeleteContentDefinitionStep(ContentDefinitionManager definitions) : IRecipeStep
{
    public string Name => "DeleteContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var document = await definitions.GetForUpdateAsync(cancellationToken);
        foreach (var name in Names(context, "ContentTypes"))
        {
            if (document.ContentTypes.RemoveAll(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)) == 0)
            {
                context.AddWarning($"there is no content type '{name}' to delete.");
            }
        }
        foreach (var name in Names(context, "ContentParts"))
        {
            if (document.ContentParts.RemoveAll(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) == 0)
            {
                context.AddWarning($"there is no content part '{name}' to delete.");
            }
        }
        await definitions.SaveAsync(document, cancellationToken);
    }

    private static IEnumerable<string> Names(RecipeStepContext context, string property) =>
        ContentDefinitionStep.Items(context.Step, property).Select(n => n switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonObject o when o[nameof(Name)] is JsonValue v && v.TryGetValue<string>(out var s) => s,
            _ => throw new RecipeException($"'{property}' must list names."),
        });
}
