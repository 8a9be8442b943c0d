using CrmSite.Content.Recipes;
using CrmSite.Search.Indexes;

namespace CrmSite.Search.Recipes;

/// <summary>
/// <c>lucene-index-rebuild</c> and <c>lucene-index-reset</c> (Orchard: <c>Indices: [names]</c> or
/// <c>IncludeAll: true</c>) and their newer names <c>RebuildIndex</c> and <c>ResetIndex</c>
/// (<c>IndexNames</c>). Both ask every node to rebuild its copy of the named indexes from the store.
/// </summary>
public sealed class LuceneIndexCommandStep(IndexProfileStore profiles, string name) : IRecipeStep
{
    public string Name => name;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var all = StepJson.Flag(context.Step, "IncludeAll") == true;
        var names = StepJson.Names(context.Step, "Indices").Concat(StepJson.Names(context.Step, "IndexNames"))
            .Concat(StepJson.Names(context.Step, "indexNames")).ToList();
        foreach (var unknown in await new IndexRebuildRequests(profiles).RequestAsync(names, all, cancellationToken))
        {
            context.AddWarning($"there is no index '{unknown}'.");
        }
    }
}
