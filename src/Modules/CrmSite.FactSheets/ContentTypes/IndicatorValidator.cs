using System.Globalization;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.FactSheets.ContentTypes;

/// <summary>
/// An indicator's unit must suit what it measures (a prevalence is a percentage; reported cases are cases or a
/// share of them), and a changed unit must still fit the values already in its list.
/// </summary>
public sealed class IndicatorValidator(ContentReader reader) : IContentValidator
{
    private const string Part = ContentTypeNames.Indicator;
    private const int ValuesShown = 3;

    public async Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Type.Name != ContentTypeNames.Indicator)
        {
            return;
        }
        var item = context.Item;
        var unit = ItemFields.Text(item, Part, "Unit");
        var measureType = ItemFields.Text(item, Part, "MeasureType");
        if (unit is null)
        {
            return;
        }
        if (measureType is not null && MeasureTypes.UnitsFor(measureType) is { Count: > 0 } units && !units.Contains(unit))
        {
            context.AddError($"{Part}.Unit",
                $"Unit: an indicator of {measureType} is measured in {string.Join(" or ", units)}, not '{unit}'.");
        }
        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            return;
        }
        var name = item.DisplayText ?? item.ContentItemId;
        var misfits = (await ValuesOfAsync(item.ContentItemId, cancellationToken))
            .Select(v => (Value: v, Number: ItemFields.Number(v, ContentTypeNames.IndicatorValue, "Value")))
            .Where(v => v.Number is { } n && IndicatorValueValidator.Misfit(n, unit, name) is not null)
            .ToList();
        if (misfits.Count > 0)
        {
            var shown = string.Join("; ", misfits.Take(ValuesShown).Select(v =>
                $"{v.Number!.Value.ToString(CultureInfo.InvariantCulture)} ({v.Value.DisplayText ?? v.Value.ContentItemId})"));
            context.AddError($"{Part}.Unit",
                $"Unit: {misfits.Count} value(s) of this indicator do not fit '{unit}', e.g. {shown}. Correct them first.");
        }
    }

    /// <summary>The values in the indicator's list, found through the field index (ContainedPart.ListContentItemId).</summary>
    private Task<IReadOnlyList<ContentItem>> ValuesOfAsync(string indicatorId, CancellationToken cancellationToken) =>
        reader.ListByFieldAsync(ContentTypeNames.IndicatorValue, BuiltInParts.ContainedPart, "ListContentItemId", indicatorId,
            VersionOptions.Latest, cancellationToken);
}
