using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using Microsoft.Extensions.Logging;

namespace CrmSite.Content.Recipes.Steps;

/// <summary><c>Content</c>: imports <c>data: [items]</c>; an invalid item fails the recipe, naming the item and every error.</summary>
public sealed class ContentStep(ContentImporter importer, ILogger<ContentStep> logger) : IRecipeStep
{
    private const int ChunkSize = 1000;

    public string Name => "Content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var data = ContentDefinitionStep.Items(context.Step, "data").ToList();
        for (var start = 0; start < data.Count; start += ChunkSize)
        {
            var chunk = new List<ContentItem>();
            for (var i = start; i < Math.Min(start + ChunkSize, data.Count); i++)
            {
                // The step is this executor's own copy, so its items can be imported without another copy.
                chunk.Add(data[i] is JsonObject item ? new ContentItem(item) : throw new RecipeException($"data[{i}] is not a content item object."));
            }
            var batch = await importer.PrepareAsync(chunk, cancellationToken);
            for (var i = 0; i < chunk.Count; i++)
            {
                var item = chunk[i];
                var (outcome, result) = await importer.ImportAsync(item, cancellationToken, batch);
                if (!result.Succeeded)
                {
                    var errors = string.Join("; ", result.Errors.Select(e => $"{e.Member}: {e.Message}"));
                    throw new RecipeException($"data[{start + i}] ({item.ContentType} {item.ContentItemId}, '{item.DisplayText}'): {errors}");
                }
                context.Result.Count(outcome.ToString());
            }
            logger.LogInformation("Recipe {Recipe} step {Step}: imported {Done} of {Total} items",
                context.RecipeName, context.Number, Math.Min(start + ChunkSize, data.Count), data.Count);
        }
    }
}
