using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.FactSheets.ContentTypes;

/// <summary>
/// An indicator value is one sourced figure: it sits in an Indicator's list, cites its source by URL, names a
/// period the sources use, and fits its indicator's unit (a percentage lies within 0–100, a count is whole).
/// Its containment is checked on imports too: without its indicator a value has no unit to be checked against.
/// </summary>
public sealed class IndicatorValueValidator(ContentReader reader) : IContentValidator
{
    private const string Part = ContentTypeNames.IndicatorValue;
    private const string ListMember = "ContainedPart.ListContentItemId";

    public async Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Type.Name != ContentTypeNames.IndicatorValue)
        {
            return;
        }
        var item = context.Item;
        SourceRules.RequireLink(context, Part, "Source", "Source",
            "every figure needs the web address (URL) of the source it comes from.");
        SourceRules.CheckFurtherSources(context, Part, "FurtherSources", "Further sources");
        var period = ItemFields.Text(item, Part, "Period");
        if (period is not null && !ReportingPeriod.IsValid(period))
        {
            context.AddError($"{Part}.Period", $"Period: '{period}' is not {ReportingPeriod.Formats}.");
        }
        var indicator = await FindIndicatorAsync(context, cancellationToken);
        if (indicator is not null && ItemFields.Number(item, Part, "Value") is { } value)
        {
            var unit = ItemFields.Text(indicator, ContentTypeNames.Indicator, "Unit") ?? "";
            if (Misfit(value, unit, indicator.DisplayText ?? indicator.ContentItemId) is { } problem)
            {
                context.AddError($"{Part}.Value", problem);
            }
        }
    }

    /// <summary>Why <paramref name="value"/> cannot be a figure in <paramref name="unit"/>, or null when it can.</summary>
    public static FormattableString? Misfit(decimal value, string unit, string indicatorName)
    {
        var shown = value.ToString(CultureInfo.InvariantCulture);
        if (unit == Units.Percent && value is < 0 or > 100)
        {
            return $"Value: {shown} is not a percentage; '{indicatorName}' is measured in percent, so its values lie within 0–100.";
        }
        if (value < 0)
        {
            return $"Value: {shown} is negative; '{indicatorName}' is measured in {unit}, which cannot be negative.";
        }
        if (Units.IsCount(unit) && value != decimal.Truncate(value))
        {
            return $"Value: {shown} is not a whole number; '{indicatorName}' counts {unit}.";
        }
        return null;
    }

    private async Task<ContentItem?> FindIndicatorAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        var contained = context.Item.Part(BuiltInParts.ContainedPart);
        if (contained?["Order"] is { } order && !FieldValue.TryNumber(order, out _))
        {
            context.AddError("ContainedPart.Order", $"ContainedPart.Order must be a number.");
        }
        var listId = contained?["ListContentItemId"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null;
        if (string.IsNullOrWhiteSpace(listId))
        {
            context.AddError(ListMember,
                $"An indicator value belongs to an indicator: set ContainedPart.ListContentItemId to the indicator's content item id.");
            return null;
        }
        var container = IdGenerator.IsWellFormed(listId)
            ? await reader.GetAsync(listId, VersionOptions.Latest, cancellationToken)
            : null;
        if (container is null)
        {
            context.AddError(ListMember, $"There is no indicator with the id '{listId}' to hold this value.");
            return null;
        }
        if (container.ContentType != ContentTypeNames.Indicator)
        {
            context.AddError(ListMember, $"'{listId}' is a {container.ContentType}, not an Indicator; values belong to indicators.");
            return null;
        }
        return container;
    }
}
