namespace CrmSite.Content.Recipes;

/// <summary>A recipe or one of its steps failed; the message names the step, the item and the reason.</summary>
public sealed class RecipeException : Exception
{
    public RecipeException(string message) : base(message) { }

    public RecipeException(string message, Exception innerException) : base(message, innerException) { }

    public RecipeException() { }

    /// <summary>The 1-based position of the failing step, when a step failed.</summary>
    public int? StepNumber { get; init; }

    /// <summary>The failing step's name, when a step failed.</summary>
    public string? StepName { get; init; }
}
