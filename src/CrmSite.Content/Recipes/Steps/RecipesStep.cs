using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Content.Recipes.Steps;

/// <summary><c>Recipes</c>: runs other recipes by name (<c>Values: [{name}]</c>) inside the same transaction.</summary>
public sealed class RecipesStep(IServiceProvider services, RecipeCatalog catalog) : IRecipeStep
{
    public string Name => "Recipes";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var executor = services.GetRequiredService<RecipeExecutor>();
        foreach (var entry in ContentDefinitionStep.Items(context.Step, "Values"))
        {
            var name = entry?["name"] is JsonValue v && v.TryGetValue<string>(out var n) ? n : null;
            if (string.IsNullOrEmpty(name))
            {
                throw new RecipeException("each entry of 'Values' needs a 'name'.");
            }
            var file = catalog.Find(name, context.BaseDirectory)
                ?? throw new RecipeException($"there is no recipe named '{name}'.");
            var inner = await executor.ExecuteFileAsync(file, null, context.Depth + 1, cancellationToken);
            context.Result.Warnings.AddRange(inner.Warnings.Select(w => $"{name}: {w}"));
            foreach (var (outcome, count) in inner.Items)
            {
                context.Result.Count(outcome, count);
            }
        }
    }
}
