using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Store;

namespace CrmSite.Content.Recipes.Steps;

/// <summary><c>Settings</c>: every property but <c>name</c> is merged into the site settings document.</summary>
public sealed class SettingsStep(DocumentStore documents) : IRecipeStep
{
    internal const string DocumentName = Settings.SiteCalendar.SettingsDocument;

    public string Name => "Settings";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var (settings, version) = await documents.GetJsonAsync(DocumentName, cancellationToken);
        var incoming = (JsonObject)context.Step.DeepClone();
        incoming.Remove("name");
        DefinitionMerger.MergeSettings(settings, incoming);
        await documents.SaveAsync(DocumentName, settings, version, cancellationToken);
    }
}
