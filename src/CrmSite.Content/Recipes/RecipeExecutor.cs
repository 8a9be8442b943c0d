using System.Text.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmSite.Content.Recipes;

/// <summary>
/// Runs a recipe's steps in order, in one transaction: a failing step rolls back every step before it, and the
/// error names the step and the reason. Unknown steps are skipped with a warning.
/// </summary>
public sealed class RecipeExecutor(
    CrmSiteDbContext db,
    IServiceProvider services,
    ContentDefinitionManager definitions,
    IConfiguration configuration,
    ILogger<RecipeExecutor> logger)
{
    private const int MaxDepth = 8;

    /// <summary>Runs the recipe file at <paramref name="path"/>.</summary>
    /// <exception cref="RecipeException">The recipe could not be read or a step failed; nothing was kept.</exception>
    public async Task<RecipeResult> ExecuteFileAsync(string path, IReadOnlyDictionary<string, string>? parameters = null,
        int depth = 0, CancellationToken cancellationToken = default)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RecipeException($"Cannot read recipe '{path}': {e.Message}", e);
        }
        return await ExecuteAsync(json, Path.GetFileName(path), Path.GetDirectoryName(Path.GetFullPath(path)), parameters,
            depth, cancellationToken);
    }

    /// <summary>Runs a recipe given as JSON text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="RecipeException">The recipe is malformed or a step failed; nothing was kept.</exception>
    public async Task<RecipeResult> ExecuteAsync(string json, string source, string? baseDirectory,
        IReadOnlyDictionary<string, string>? parameters = null, int depth = 0, CancellationToken cancellationToken = default)
    {
        if (depth > MaxDepth)
        {
            throw new RecipeException($"Recipe '{source}' nests recipes more than {MaxDepth} deep.");
        }
        JsonObject recipe;
        try
        {
            recipe = ContentJson.ParseUntrusted(json);
        }
        catch (JsonException e)
        {
            throw new RecipeException($"Recipe '{source}' is not valid JSON: {e.Message}", e);
        }
        var name = recipe["name"] is JsonValue n && n.TryGetValue<string>(out var text) && text.Length > 0 ? text : source;
        if (recipe["steps"] is not JsonArray steps)
        {
            throw new RecipeException($"Recipe '{name}' has no 'steps' array.");
        }

        var result = new RecipeResult { RecipeName = name };
        var ownsTransaction = db.Database.CurrentTransaction is null;
        await using var transaction = ownsTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var variables = new JsonObject(ContentJson.NodeOptions);
            using var script = new RecipeScript(name, variables, parameters ?? new Dictionary<string, string>(), configuration);
            if (recipe["variables"] is JsonObject declared)
            {
                foreach (var (key, value) in declared)
                {
                    variables[key] = RecipeValues.Evaluate(value?.DeepClone(), $"variables.{key}", script, baseDirectory);
                }
            }
            for (var i = 0; i < steps.Count; i++)
            {
                await RunStepAsync(steps[i], i + 1, name, script, baseDirectory, result, depth, cancellationToken);
            }
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            logger.LogInformation("Recipe {Recipe}: {Steps} steps, items {Items}, {Warnings} warnings",
                name, result.StepsExecuted, string.Join(", ", result.Items.Select(i => $"{i.Key} {i.Value}")), result.Warnings.Count);
            return result;
        }
        catch (Exception) when (transaction is not null)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            definitions.Reset();
            throw;
        }
    }

    private async Task RunStepAsync(JsonNode? node, int number, string recipeName, RecipeScript script, string? baseDirectory,
        RecipeResult result, int depth, CancellationToken cancellationToken)
    {
        if (node is not JsonObject raw || raw["name"] is not JsonValue nameValue || !nameValue.TryGetValue<string>(out var stepName))
        {
            throw new RecipeException($"Step {number} of recipe '{recipeName}' is not an object with a 'name'.") { StepNumber = number };
        }
        var handler = services.GetServices<IRecipeStep>()
            .FirstOrDefault(s => string.Equals(s.Name, stepName, StringComparison.OrdinalIgnoreCase));
        if (handler is null)
        {
            result.Warnings.Add($"step {number} '{stepName}': CrmSite has no such step; it was skipped.");
            return;
        }
        // The recipe was parsed for this run alone, so its steps are evaluated in place rather than copied.
        var context = new RecipeStepContext(raw, number, recipeName, baseDirectory, result, depth);
        try
        {
            RecipeValues.Evaluate(context.Step, $"steps[{number - 1}]", script, baseDirectory);
            await handler.ExecuteAsync(context, cancellationToken);
            result.StepsExecuted++;
        }
        catch (RecipeException e) when (e.StepNumber is null)
        {
            throw context.Fail(e.Message);
        }
        catch (Exception e) when (e is JsonException or DbUpdateException or System.Data.Common.DbException or InvalidOperationException
                                      or FormatException or ArgumentException)
        {
            throw context.Fail($"{e.GetType().Name}: {e.Message}");
        }
    }
}
