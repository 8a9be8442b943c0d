using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using Microsoft.Extensions.Logging;

namespace CrmSite.Content.Recipes.Steps;

/// <summary><c>Content</c>: imports <c>data: [items]</c>; an invalid item fails the recipe, naming the item and every error.</summary>
public sealed class ContentStep(ContentImporter importer, ILogger<ContentStep> logger) : IRecipeStep
{
    private const int ProgressEvery = 1000;

    public string Name => "Content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var items = ContentDefinitionStep.Items(context.Step, "data").ToList();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject data)
            {
                throw new RecipeException($"data[{i}] is not a content item object.");
            }
            var item = new ContentItem(ContentJson.CloneObject(data));
            var (outcome, result) = await importer.ImportAsync(item, cancellationToken);
            if (!result.Succeeded)
            {
                var errors = string.Join("; ", result.Errors.Select(e => $"{e.Member}: {e.Message}"));
                throw new RecipeException($"data[{i}] ({item.ContentType} {item.ContentItemId}, '{item.DisplayText}'): {errors}");
            }
            context.Result.Count(outcome.ToString());
            if ((i + 1) % ProgressEvery == 0)
            {
                logger.LogInformation("Recipe {Recipe} step {Step}: imported {Done} of {Total} items", context.RecipeName, context.Number, i + 1, items.Count);
            }
        }
    }
}
