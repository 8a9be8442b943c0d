using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.FactSheets.ContentTypes;

/// <summary>
/// What a fact sheet points at: its chapters (Geography), indicators and topics must exist as such, and a
/// localization set holds one sheet per culture. Pickers are checked when editors write, not on recipe imports:
/// a recipe may come before the one that creates what it points at (the chapters come from the setup recipe).
/// </summary>
public sealed class FactSheetReferencesValidator(ContentReader reader) : IContentValidator
{
    private const string Part = ContentTypeNames.FactSheet;

    public async Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Type.Name != ContentTypeNames.FactSheet)
        {
            return;
        }
        await CheckTranslationAsync(context, cancellationToken);
        if (context.Imported)
        {
            return;
        }
        await CheckPickedAsync(context, "Chapter", "Geography", ContentTypeNames.Chapter, cancellationToken);
        await CheckPickedAsync(context, "Indicators", "Indicators", ContentTypeNames.Indicator, cancellationToken);
        await CheckTopicsAsync(context, cancellationToken);
    }

    private async Task CheckPickedAsync(ContentValidationContext context, string field, string label, string contentType,
        CancellationToken cancellationToken)
    {
        foreach (var id in ItemFields.Texts(context.Item, Part, field, "ContentItemIds").Distinct())
        {
            var picked = IdGenerator.IsWellFormed(id) ? await reader.GetAsync(id, VersionOptions.Latest, cancellationToken) : null;
            if (picked is null || picked.ContentType != contentType)
            {
                context.AddError($"{Part}.{field}", $"{label}: there is no {contentType} with the id '{id}'.");
            }
        }
    }

    private async Task CheckTopicsAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        var member = $"{Part}.Topics";
        var terms = ItemFields.Texts(context.Item, Part, "Topics", "TermContentItemIds");
        if (terms.Count == 0)
        {
            return;
        }
        var taxonomyId = ItemFields.Text(context.Item, Part, "Topics", "TaxonomyContentItemId");
        var expected = TopicsTaxonomyId(context.Definitions);
        if (taxonomyId is null || (expected is not null && taxonomyId != expected))
        {
            context.AddError(member, $"Topics: the terms must come from the taxonomy '{expected ?? "(none set)"}', named in TaxonomyContentItemId.");
            return;
        }
        var taxonomy = IdGenerator.IsWellFormed(taxonomyId) ? await reader.GetAsync(taxonomyId, VersionOptions.Latest, cancellationToken) : null;
        var known = new HashSet<string>(StringComparer.Ordinal);
        CollectTerms(taxonomy?.Part(BuiltInParts.TaxonomyPart)?["Terms"], known);
        foreach (var term in terms.Where(t => !known.Contains(t)))
        {
            context.AddError(member, $"Topics: '{term}' is not a term of the taxonomy '{taxonomyId}'.");
        }
    }

    private async Task CheckTranslationAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        var item = context.Item;
        var set = ItemFields.PartText(item, BuiltInParts.LocalizationPart, "LocalizationSet");
        var culture = ItemFields.PartText(item, BuiltInParts.LocalizationPart, "Culture");
        if (set is null || culture is null)
        {
            return;
        }
        var sheets = await reader.ListByFieldAsync(Part, BuiltInParts.LocalizationPart, "LocalizationSet", set,
            VersionOptions.Latest, cancellationToken);
        foreach (var other in sheets.Where(s => s.ContentItemId != item.ContentItemId &&
            ItemFields.PartText(s, BuiltInParts.LocalizationPart, "Culture") == culture))
        {
            context.AddError("LocalizationPart.Culture",
                $"Culture: '{other.DisplayText}' ({other.ContentItemId}) is already the '{culture}' version of this fact sheet.");
        }
    }

    /// <summary>The taxonomy the Topics field's settings name (<c>TaxonomyFieldSettings.TaxonomyContentItemId</c>).</summary>
    private static string? TopicsTaxonomyId(ContentDefinitionDocument definitions) =>
        FieldSettings.Text(definitions.FindPart(Part)?.FindField("Topics"), "TaxonomyFieldSettings", "TaxonomyContentItemId");

    /// <summary>Terms are items nested in the taxonomy's <c>TaxonomyPart.Terms</c>, each with its own <c>Terms</c>.</summary>
    private static void CollectTerms(JsonNode? terms, HashSet<string> ids)
    {
        foreach (var term in (terms as JsonArray ?? []).OfType<JsonObject>())
        {
            if (term["ContentItemId"] is JsonValue id && id.TryGetValue<string>(out var text))
            {
                ids.Add(text);
            }
            CollectTerms(term["Terms"], ids);
        }
    }
}
