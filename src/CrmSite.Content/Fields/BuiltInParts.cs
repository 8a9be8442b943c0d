using CrmSite.Content.Definitions;

namespace CrmSite.Content.Fields;

/// <summary>
/// The built-in parts and their properties that go into the field index (so that paths, cultures, list
/// membership and titles can be queried in SQL). Parts absent here are stored but not indexed.
/// </summary>
public static class BuiltInParts
{
    public const string TitlePart = nameof(TitlePart);
    public const string AutoroutePart = nameof(AutoroutePart);
    public const string MarkdownBodyPart = nameof(MarkdownBodyPart);
    public const string HtmlBodyPart = nameof(HtmlBodyPart);
    public const string ListPart = nameof(ListPart);
    public const string ContainedPart = nameof(ContainedPart);
    public const string LocalizationPart = nameof(LocalizationPart);
    public const string TaxonomyPart = nameof(TaxonomyPart);
    public const string TermPart = nameof(TermPart);
    public const string PublishLaterPart = nameof(PublishLaterPart);

    private static readonly Dictionary<string, (string Property, FieldValueKind Kind)[]> Indexed =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [TitlePart] = [("Title", FieldValueKind.Text)],
            [AutoroutePart] = [("Path", FieldValueKind.Text)],
            [LocalizationPart] = [("Culture", FieldValueKind.Text), ("LocalizationSet", FieldValueKind.Text)],
            [ContainedPart] = [("ListContentItemId", FieldValueKind.Text), ("Order", FieldValueKind.Number)],
            [TermPart] = [("TaxonomyContentItemId", FieldValueKind.Text)],
            [PublishLaterPart] = [("ScheduledPublishUtc", FieldValueKind.Date)],
        };

    /// <summary>The names of all built-in parts.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        TitlePart, AutoroutePart, MarkdownBodyPart, HtmlBodyPart, ListPart, ContainedPart, LocalizationPart,
        TaxonomyPart, TermPart, PublishLaterPart,
    };

    /// <summary>The indexed properties of <paramref name="partName"/>; empty for parts that index nothing.</summary>
    public static IReadOnlyList<(string Property, FieldValueKind Kind)> IndexedProperties(string partName) =>
        Indexed.GetValueOrDefault(partName) ?? [];

    private static readonly ContentTypePartDefinition AttachedContainedPart = new() { PartName = ContainedPart, Name = ContainedPart };

    /// <summary>
    /// The parts an item has: its type's, plus ContainedPart when the item carries one its type does not declare
    /// (Orchard attaches ContainedPart to list items without declaring it), so it is validated and indexed too.
    /// </summary>
    public static IEnumerable<ContentTypePartDefinition> PartsOf(Items.ContentItem item, ContentTypeDefinition type) =>
        item.Part(ContainedPart) is not null && !type.Parts.Any(p => p.Name == ContainedPart)
            ? type.Parts.Append(AttachedContainedPart)
            : type.Parts;
}
