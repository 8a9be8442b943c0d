using CrmSite.Content.Management;
using CrmSite.Content.Recipes;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CrmSite.Content.Setup;

/// <summary>
/// Runs the setup recipe and the modules' setup steps once, on the first start with an empty store.
/// </summary>
public sealed class SiteSetup(
    CrmSiteDbContext db,
    RecipeExecutor recipes,
    RecipeCatalog catalog,
    RecipeOptions options,
    IEnumerable<ISetupStep> steps,
    ContentActor actor,
    TimeProvider clock,
    ILogger<SiteSetup> logger)
{
    internal const string MarkerName = "Setup";

    /// <summary>Sets the site up unless that was done before; true when this call did it.</summary>
    public async Task<bool> RunIfNeededAsync(CancellationToken cancellationToken)
    {
        if (await IsDoneAsync(cancellationToken))
        {
            return false;
        }
        var recipePath = options.Directories.Select(d => Path.Combine(d, options.SetupRecipe)).FirstOrDefault(File.Exists)
            ?? catalog.Find(Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(options.SetupRecipe)), null)
            ?? throw new RecipeException($"The setup recipe '{options.SetupRecipe}' was not found in {string.Join(", ", options.Directories)}.");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // The marker is written first. A second node starting at the same time waits on this transaction
            // (PostgreSQL's key lock, SQLite's single writer), then fails on the key: setup runs exactly once.
            db.Documents.Add(new DocumentRecord { Name = MarkerName, Content = "{}", Version = 1 });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            logger.LogInformation("Another node set the site up; skipping setup.");
            return false;
        }
        db.ChangeTracker.Clear();
        actor.ActAs(null, "setup");
        var result = await recipes.ExecuteFileAsync(recipePath, cancellationToken: cancellationToken);
        foreach (var step in steps)
        {
            await step.RunAsync(cancellationToken);
        }
        var marker = $$"""{"Recipe":"{{result.RecipeName}}","CompletedUtc":"{{clock.GetUtcNow():O}}"}""";
        await db.Documents.Where(d => d.Name == MarkerName)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Content, marker), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var warning in result.Warnings)
        {
            logger.LogWarning("Setup recipe: {Warning}", warning);
        }
        logger.LogInformation("Site set up from {Recipe}", recipePath);
        return true;
    }

    public Task<bool> IsDoneAsync(CancellationToken cancellationToken) =>
        db.Documents.AnyAsync(d => d.Name == MarkerName, cancellationToken);
}
