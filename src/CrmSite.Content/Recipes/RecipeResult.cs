namespace CrmSite.Content.Recipes;

/// <summary>What a recipe did: steps run, items by outcome, and warnings (unknown steps, unknown features).</summary>
public sealed class RecipeResult
{
    public string RecipeName { get; init; } = "";

    public int StepsExecuted { get; set; }

    public Dictionary<string, int> Items { get; } = new(StringComparer.Ordinal);

    public List<string> Warnings { get; } = [];

    public void Count(string outcome, int by = 1) => Items[outcome] = Items.GetValueOrDefault(outcome) + by;
}
