using System.Text.Json;
using CrmSite.Content.Items;
using CrmSite.Content.Recipes;

namespace CrmSite.Web.Cli;

/// <summary>
/// <c>recipes import &lt;file&gt;</c> and <c>recipes export [--types A,B]</c>: run against the configured store
/// instead of starting the web server. Export writes the recipe to standard output; logs go to standard error.
/// </summary>
public static class RecipeCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "recipes";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var command = args.Length > 1 ? args[1] : "";
        try
        {
            switch (command)
            {
                case "import" when args.Length == 3:
                    var result = await services.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(args[2]);
                    await Console.Out.WriteLineAsync(
                        $"Imported '{result.RecipeName}': {result.StepsExecuted} steps; " +
                        (result.Items.Count == 0 ? "no items" : string.Join(", ", result.Items.Select(i => $"{i.Value} {i.Key.ToLowerInvariant()}"))) + ".");
                    foreach (var warning in result.Warnings)
                    {
                        await Console.Error.WriteLineAsync("warning: " + warning);
                    }
                    return 0;
                case "export":
                    var types = args.Length == 4 && args[2] == "--types"
                        ? args[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        : args.Length == 2 ? null : throw new RecipeException(Usage);
                    var recipe = await services.GetRequiredService<RecipeExporter>().ExportAsync(types, CancellationToken.None);
                    await Console.Out.WriteLineAsync(recipe.ToJsonString(new JsonSerializerOptions(ContentJson.CompactOutput) { WriteIndented = true }));
                    return 0;
                default:
                    await Console.Error.WriteLineAsync(Usage);
                    return 2;
            }
        }
        catch (RecipeException e)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message);
            return 1;
        }
    }

    private const string Usage = "usage: recipes import <file> | recipes export [--types A,B]";
}
