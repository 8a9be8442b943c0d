using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Store;

namespace CrmSite.Content.Fields;

/// <summary>Turns an item's field and part values into field-index rows, one a value.</summary>
public static class FieldIndexer
{
    private const int MaxTextLength = 2048;

    public static IEnumerable<FieldIndexRecord> Index(ContentItem item, ContentTypeDefinition type, ContentDefinitionDocument definitions)
    {
        foreach (var typePart in BuiltInParts.PartsOf(item, type))
        {
            var partData = item.Part(typePart.Name);
            if (partData is null)
            {
                continue;
            }
            foreach (var (property, kind) in BuiltInParts.IndexedProperties(typePart.PartName))
            {
                foreach (var row in Rows(item, typePart.Name, property, partData[property], kind))
                {
                    yield return row;
                }
            }
            var partDefinition = definitions.FindPart(typePart.PartName);
            if (partDefinition is null)
            {
                continue;
            }
            foreach (var field in partDefinition.Fields)
            {
                var fieldKind = FieldKinds.Find(field.FieldName);
                if (fieldKind is null || fieldKind.ValueKind == FieldValueKind.LongText || partData[field.Name] is not JsonObject fieldData)
                {
                    continue;
                }
                foreach (var row in Rows(item, typePart.Name, field.Name, fieldData[fieldKind.ValueProperty], fieldKind.ValueKind))
                {
                    yield return row;
                }
            }
        }
    }

    private static IEnumerable<FieldIndexRecord> Rows(ContentItem item, string partName, string fieldName, JsonNode? value, FieldValueKind kind)
    {
        if (FieldValue.IsEmpty(value))
        {
            yield break;
        }
        switch (kind)
        {
            case FieldValueKind.Number when FieldValue.TryNumber(value, out var number) && Math.Abs(number) < FieldValue.MaxNumber:
                yield return Row(item, partName, fieldName, number: number);
                break;
            case FieldValueKind.Date when FieldValue.TryDate(value, out var date):
                yield return Row(item, partName, fieldName, date: date);
                break;
            case FieldValueKind.Boolean when value is JsonValue flag && flag.TryGetValue<bool>(out var boolean):
                yield return Row(item, partName, fieldName, boolean: boolean);
                break;
            case FieldValueKind.Text or FieldValueKind.TextList:
                foreach (var text in FieldValue.Texts(value))
                {
                    yield return Row(item, partName, fieldName, text: IndexText.Bound(text, MaxTextLength));
                }
                break;
        }
    }

    private static FieldIndexRecord Row(ContentItem item, string partName, string fieldName,
        string? text = null, decimal? number = null, DateTime? date = null, bool? boolean = null) => new()
    {
        Text = text,
        Number = number,
        Date = date,
        Boolean = boolean,
        ContentItemId = item.ContentItemId,
        ContentItemVersionId = item.ContentItemVersionId,
        ContentType = item.ContentType,
        PartName = partName,
        FieldName = fieldName,
    };
}
