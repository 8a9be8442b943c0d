using System.Globalization;
using CrmSite.Content.Items;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace CrmSite.Search.Indexing;

/// <summary>
/// Fields the visitor search reads besides Orchard's: facet values (type, culture, picked items, taxonomy terms,
/// year) as keywords with doc values, so one pass over the hits counts them; the words of the item for
/// as-you-type completion; and the item's text, stored only, to cut highlighted snippets from without a store read.
/// They are derived from the Orchard fields already in the document, so no part is read twice.
/// </summary>
public static class SiteFields
{
    public const string Type = "Site.Type";
    public const string Culture = "Site.Culture";
    public const string Picked = "Site.Picked";
    public const string Term = "Site.Term";
    public const string Year = "Site.Year";

    /// <summary>Titles and text, lower-cased and folded but not stemmed: the vocabulary suggestions complete from.</summary>
    public const string Words = "Site.Words";

    /// <summary>The item's text without its title, stored only.</summary>
    public const string Text = "Site.Text";

    public const int MaxStoredText = 4000;

    public static IReadOnlyList<string> Facets { get; } = [Type, Culture, Picked, Term, Year];

    public static bool IsSiteField(string name) => name.StartsWith("Site.", StringComparison.Ordinal);

    internal static void Add(Document document, ContentItem item, string title, string text)
    {
        AddFacet(document, Type, item.ContentType);
        var years = new List<string>();
        foreach (var field in document.Fields.ToList())
        {
            var name = field.Name;
            if (name == "LocalizationPart.Culture")
            {
                AddFacet(document, Culture, field.GetStringValue(CultureInfo.InvariantCulture));
            }
            else if (name.EndsWith(".ContentItemIds", StringComparison.Ordinal))
            {
                AddFacet(document, Picked, field.GetStringValue(CultureInfo.InvariantCulture));
            }
            else if (name.EndsWith(".TermContentItemIds", StringComparison.Ordinal))
            {
                AddFacet(document, Term, field.GetStringValue(CultureInfo.InvariantCulture));
            }
            else if (name.EndsWith(".Year", StringComparison.Ordinal) && field.GetDoubleValue() is { } year && year is >= 1 and <= 9999)
            {
                years.Add(((int)year).ToString(CultureInfo.InvariantCulture));
            }
        }
        // An item without a Year field is dated by when it was first published.
        if (years.Count == 0 && (item.PublishedUtc ?? item.CreatedUtc) is { } date)
        {
            years.Add(date.Year.ToString(CultureInfo.InvariantCulture));
        }
        foreach (var year in years.Distinct())
        {
            AddFacet(document, Year, year);
        }
        document.Add(new TextField(Words, title + "\n" + text, Field.Store.NO));
        if (text.Length > 0)
        {
            document.Add(new StoredField(Text, text.Length > MaxStoredText ? text[..MaxStoredText] : text));
        }
    }

    private static void AddFacet(Document document, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        document.Add(new StringField(name, value, Field.Store.NO));
        document.Add(new SortedSetDocValuesField(name, new BytesRef(value)));
    }
}
