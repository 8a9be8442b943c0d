namespace CrmSite.Content.Fields;

/// <summary>The field kinds CrmSite understands, with Orchard's names and value properties.</summary>
public static class FieldKinds
{
    private static readonly Dictionary<string, FieldKind> ByName = new FieldKind[]
    {
        new("TextField", "Text", FieldValueKind.Text),
        new("HtmlField", "Html", FieldValueKind.LongText),
        new("MarkdownField", "Markdown", FieldValueKind.LongText),
        new("NumericField", "Value", FieldValueKind.Number),
        new("BooleanField", "Value", FieldValueKind.Boolean),
        new("DateField", "Value", FieldValueKind.Date),
        new("DateTimeField", "Value", FieldValueKind.Date),
        new("TimeField", "Value", FieldValueKind.Text),
        new("ContentPickerField", "ContentItemIds", FieldValueKind.TextList, SingleByDefault: true),
        new("LinkField", "Url", FieldValueKind.Text),
        new("MultiTextField", "Values", FieldValueKind.TextList),
        new("TaxonomyField", "TermContentItemIds", FieldValueKind.TextList),
        new("MediaField", "Paths", FieldValueKind.TextList),
        new("UserPickerField", "UserIds", FieldValueKind.TextList, SingleByDefault: true),
        new("YoutubeField", "RawAddress", FieldValueKind.Text),
        new("LocalizationSetContentPickerField", "LocalizationSets", FieldValueKind.TextList),
    }.ToDictionary(k => k.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>All known kinds.</summary>
    public static IEnumerable<FieldKind> All => ByName.Values;

    /// <summary>The kind named <paramref name="name"/>, or null when CrmSite does not know it.</summary>
    public static FieldKind? Find(string name) => ByName.GetValueOrDefault(name);
}
