namespace CrmSite.Content.Recipes;

/// <summary>Where recipe files live (the published site's <c>recipes</c> folder by default).</summary>
public sealed class RecipeOptions
{
    public List<string> Directories { get; } = [];

    /// <summary>The file the first start runs on an empty store.</summary>
    public string SetupRecipe { get; set; } = "crm-setup.recipe.json";
}
