using System.Text.Json.Nodes;

namespace CrmSite.Content.Recipes;

/// <summary>One step as it runs: its JSON (values already evaluated), where the recipe came from, and the result so far.</summary>
public sealed class RecipeStepContext(JsonObject step, int number, string recipeName, string? baseDirectory, RecipeResult result, int depth)
{
    public JsonObject Step { get; } = step;

    public int Number { get; } = number;

    public string RecipeName { get; } = recipeName;

    /// <summary>The folder of the recipe file, for steps that read files or other recipes beside it.</summary>
    public string? BaseDirectory { get; } = baseDirectory;

    public RecipeResult Result { get; } = result;

    /// <summary>How deeply recipes are nested through <c>Recipes</c> steps (0 for the outer one).</summary>
    public int Depth { get; } = depth;

    public string StepName => Step["name"]?.GetValue<string>() ?? "";

    public void AddWarning(string message) => Result.Warnings.Add($"step {Number} '{StepName}': {message}");

    /// <summary>A failure of this step, naming it.</summary>
    public RecipeException Fail(string message) =>
        new($"Step {Number} '{StepName}' of recipe '{RecipeName}' failed: {message}") { StepNumber = Number, StepName = StepName };
}
