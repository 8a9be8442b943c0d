using System.Text.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;

namespace CrmSite.Content.Recipes;

/// <summary>Finds recipe files by their <c>name</c> property, for <c>Recipes</c> steps and the setup.</summary>
public sealed class RecipeCatalog(RecipeOptions options)
{
    /// <summary>The file of the recipe called <paramref name="name"/>, looking beside <paramref name="nearDirectory"/> first.</summary>
    public string? Find(string name, string? nearDirectory)
    {
        IEnumerable<string> folders = [.. (nearDirectory is null ? [] : new[] { nearDirectory }), .. options.Directories];
        foreach (var folder in folders.Where(Directory.Exists).Distinct())
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.recipe.json"))
            {
                if (string.Equals(ReadName(file), name, StringComparison.OrdinalIgnoreCase))
                {
                    return file;
                }
            }
        }
        return null;
    }

    private static string? ReadName(string file)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(file), ContentJson.NodeOptions, ContentJson.DocumentOptions)?["name"]?.GetValue<string>();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
