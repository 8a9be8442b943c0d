using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;

namespace CrmSite.Content.Recipes.Steps;

/// <summary>
/// <c>ContentDefinition</c> merges types and parts into the definitions; <c>ReplaceContentDefinition</c> (the same
/// class with <paramref name="replace"/>) replaces each named one whole.
/// </summary>
public sealed class ContentDefinitionStep(ContentDefinitionManager definitions, bool replace = false) : IRecipeStep
{
    public string Name => replace ? "ReplaceContentDefinition" : "ContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var document = await definitions.GetForUpdateAsync(cancellationToken);
        var parts = Items(context.Step, "ContentParts").Select((p, i) => DefinitionReader.ReadPart(p, $"ContentParts[{i}]", context.AddWarning)).ToList();
        var types = Items(context.Step, "ContentTypes").Select((t, i) => DefinitionReader.ReadType(t, $"ContentTypes[{i}]")).ToList();
        foreach (var part in parts)
        {
            if (replace)
            {
                DefinitionMerger.ReplacePart(document, part);
            }
            else
            {
                DefinitionMerger.MergePart(document, part);
            }
        }
        foreach (var type in types)
        {
            if (replace)
            {
                DefinitionMerger.ReplaceType(document, type);
            }
            else
            {
                DefinitionMerger.MergeType(document, type);
            }
        }
        await definitions.SaveAsync(document, cancellationToken);
    }

    internal static IEnumerable<JsonNode?> Items(JsonObject step, string property) => step[property] switch
    {
        null => [],
        JsonArray array => array,
        _ => throw new RecipeException($"'{property}' must be an array."),
    };
}
