using System.Text.Json.Nodes;
using CrmSite.Content.Modules;

namespace CrmSite.Content.Recipes.Steps;

/// <summary>
/// <c>Feature</c>: CrmSite's modules are always on, so enabling a feature they provide is a no-op; Orchard
/// features CrmSite has no equivalent for are reported as warnings, never as failures.
/// </summary>
public sealed class FeatureStep(ModuleCatalog modules) : IRecipeStep
{
    public string Name => "Feature";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var feature in Names(context.Step, "enable"))
        {
            if (!modules.Provides(feature))
            {
                context.AddWarning($"feature '{feature}' is not available in CrmSite; ignored.");
            }
        }
        foreach (var feature in Names(context.Step, "disable"))
        {
            context.AddWarning($"feature '{feature}' cannot be disabled: CrmSite's modules are fixed by the host; ignored.");
        }
        return Task.CompletedTask;
    }

    private static IEnumerable<string> Names(JsonObject step, string property) =>
        ContentDefinitionStep.Items(step, property).OfType<JsonValue>()
            .Select(v => v.TryGetValue<string>(out var name) ? name : null).OfType<string>();
}
