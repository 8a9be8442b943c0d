namespace CrmSite.Content.Recipes;

/// <summary>A recipe step, found by its name without regard to case (<c>Content</c>, <c>content</c>).</summary>
public interface IRecipeStep
{
    string Name { get; }

    /// <summary>Runs the step. Throw <see cref="RecipeException"/> (or return errors) to fail the whole recipe.</summary>
    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
