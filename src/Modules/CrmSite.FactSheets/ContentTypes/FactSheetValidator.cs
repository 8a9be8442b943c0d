using CrmSite.Content.Fields;
using CrmSite.Content.Management;

namespace CrmSite.FactSheets.ContentTypes;

/// <summary>
/// A fact sheet cites its sources by URL, is written in English or Urdu, and carries a review-by date no earlier
/// than its year, so that stale figures come up for review.
/// </summary>
public sealed class FactSheetValidator : IContentValidator
{
    /// <summary>The cultures fact sheets are published in.</summary>
    public static readonly IReadOnlyList<string> Cultures = ["en", "ur"];

    private const string Part = ContentTypeNames.FactSheet;

    public Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Type.Name != ContentTypeNames.FactSheet)
        {
            return Task.CompletedTask;
        }
        var item = context.Item;
        SourceRules.RequireLink(context, Part, "Source", "Source",
            "a fact sheet needs the web address (URL) of its main source.");
        SourceRules.CheckFurtherSources(context, Part, "FurtherSources", "Further sources");

        var reviewBy = ItemFields.Date(item, Part, "ReviewBy");
        if (reviewBy is null)
        {
            context.AddError($"{Part}.ReviewBy", $"Review by: a fact sheet needs the date by which its figures are to be checked again.");
        }
        else if (ItemFields.Number(item, Part, "Year") is { } year && year >= 1 && year <= 9999 && reviewBy.Value.Year < year)
        {
            context.AddError($"{Part}.ReviewBy", $"Review by: {reviewBy.Value:yyyy-MM-dd} is before the sheet's year ({year}).");
        }

        var culture = ItemFields.PartText(item, BuiltInParts.LocalizationPart, "Culture");
        if (culture is null || !Cultures.Contains(culture))
        {
            context.AddError("LocalizationPart.Culture",
                $"Culture: fact sheets are published in English ('en') or Urdu ('ur'), not '{culture ?? ""}'.");
        }
        return Task.CompletedTask;
    }
}
