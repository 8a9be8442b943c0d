using CrmSite.Content.Definitions;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.FactSheets.ContentTypes;

/// <summary>
/// Indicator values have no title of their own. One saved without a display text is named after its indicator,
/// geography, period and breakdown ("Stunting: Balochistan, 2018, Under 5"), so that lists of values stay readable.
/// A name that is given is kept, so imports store what their recipe says.
/// </summary>
public sealed class IndicatorValueNaming(ContentReader reader, ContentDefinitionManager definitions) : IContentHandler
{
    private const string Part = ContentTypeNames.IndicatorValue;

    public Task CreatingAsync(ContentContext context, CancellationToken cancellationToken) => NameAsync(context.Item, cancellationToken);

    public Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken) => NameAsync(context.Item, cancellationToken);

    private async Task NameAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (item.ContentType != ContentTypeNames.IndicatorValue || !string.IsNullOrWhiteSpace(item.DisplayText))
        {
            return;
        }
        var listId = ItemFields.PartText(item, BuiltInParts.ContainedPart, "ListContentItemId");
        var indicator = listId is not null && IdGenerator.IsWellFormed(listId)
            ? await reader.GetAsync(listId, VersionOptions.Latest, cancellationToken)
            : null;
        var part = (await definitions.GetAsync(cancellationToken)).FindPart(Part);
        var pieces = new List<string>();
        AddChoice(pieces, part, item, "Geography");
        if (ItemFields.Text(item, Part, "Period") is { } period)
        {
            pieces.Add(period);
        }
        if (ItemFields.Text(item, Part, "Sex") is { } sex && sex != "total")
        {
            pieces.Add(FieldSettings.OptionName(part?.FindField("Sex"), sex));
        }
        AddChoice(pieces, part, item, "AgeGroup");
        var name = indicator?.DisplayText ?? "Indicator value";
        item.DisplayText = pieces.Count == 0 ? name : $"{name}: {string.Join(", ", pieces)}";
    }

    private static void AddChoice(List<string> pieces, ContentPartDefinition? part, ContentItem item, string field)
    {
        if (ItemFields.Text(item, Part, field) is { } value)
        {
            pieces.Add(FieldSettings.OptionName(part?.FindField(field), value));
        }
    }
}
