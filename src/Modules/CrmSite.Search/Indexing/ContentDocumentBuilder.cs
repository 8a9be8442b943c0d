using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CrmSite.Content.Definitions;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using Lucene.Net.Documents;

namespace CrmSite.Search.Indexing;

/// <summary>
/// Turns a content item into a Lucene document with Orchard's field names: <c>ContentItemId</c>,
/// <c>Content.ContentItem.*</c> (DisplayText as keyword and <c>.Analyzed</c>, FullText, ContentType, Published, Latest,
/// Owner, Author, dates), and <c>{Part}.{Field}</c> per field (pickers add <c>.ContentItemIds</c>, links <c>.Url</c>,
/// taxonomies <c>.TermContentItemIds</c>; numbers are <c>DoubleField</c>s). <c>LuceneContentIndexSettings</c> on a
/// field or type part can leave it out (<c>Included: false</c>), keep it as one keyword, or store it.
/// </summary>
public static partial class ContentDocumentBuilder
{
    public const string IdField = "ContentItemId";
    public const string VersionField = "ContentItemVersionId";
    public const string Prefix = "Content.ContentItem.";
    public const string FullText = Prefix + "FullText";

    public static Document Build(ContentItem item, ContentTypeDefinition type, ContentDefinitionDocument definitions)
    {
        var document = new Document
        {
            new StringField(IdField, item.ContentItemId, Field.Store.YES),
            new StringField(VersionField, item.ContentItemVersionId, Field.Store.YES),
            new StringField(Prefix + "ContentType", item.ContentType, Field.Store.YES),
            new StringField(Prefix + "Published", item.Published ? "true" : "false", Field.Store.YES),
            new StringField(Prefix + "Latest", item.Latest ? "true" : "false", Field.Store.YES),
        };
        var text = new StringBuilder();
        if (item.DisplayText is { Length: > 0 } displayText)
        {
            document.Add(new StringField(Prefix + "DisplayText", displayText, Field.Store.YES));
            document.Add(new TextField(Prefix + "DisplayText.Analyzed", displayText, Field.Store.NO));
        }
        foreach (var (name, value) in new[] { ("Owner", item.Owner), ("Author", item.Author) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                document.Add(new StringField(Prefix + name, value, Field.Store.YES));
            }
        }
        foreach (var (name, value) in new[] { ("CreatedUtc", item.CreatedUtc), ("ModifiedUtc", item.ModifiedUtc), ("PublishedUtc", item.PublishedUtc) })
        {
            if (value is { } date)
            {
                document.Add(new StringField(Prefix + name, Iso(date), Field.Store.YES));
            }
        }
        foreach (var typePart in BuiltInParts.PartsOf(item, type))
        {
            if (item.Part(typePart.Name) is { } data && IndexSettings.Of(typePart.Settings).Included)
            {
                AddPart(document, text, typePart, data, definitions);
            }
        }
        var body = text.ToString();
        document.Add(new TextField(FullText, item.DisplayText is { Length: > 0 } title ? title + "\n" + body : body, Field.Store.NO));
        SiteFields.Add(document, item, item.DisplayText ?? "", WithoutTitle(body, item.DisplayText));
        return document;
    }

    private static void AddPart(Document document, StringBuilder text, ContentTypePartDefinition typePart, JsonObject data,
        ContentDefinitionDocument definitions)
    {
        switch (typePart.PartName)
        {
            case BuiltInParts.TitlePart:
                AddText(document, text, "TitlePart.Title", Str(data["Title"]), IndexSettings.Default);
                break;
            case BuiltInParts.MarkdownBodyPart:
                AddText(document, text, "MarkdownBodyPart.Markdown", Str(data["Markdown"]), IndexSettings.Default);
                break;
            case BuiltInParts.HtmlBodyPart:
                AddText(document, text, "HtmlBodyPart.Html", StripTags(Str(data["Html"])), IndexSettings.Default);
                break;
            case BuiltInParts.AutoroutePart:
                AddKeyword(document, "AutoroutePart.Path", Str(data["Path"]));
                break;
            case BuiltInParts.ContainedPart:
                AddKeyword(document, "ContainedPart.ListContentItemId", Str(data["ListContentItemId"]));
                break;
            case BuiltInParts.LocalizationPart:
                AddKeyword(document, "LocalizationPart.Culture", Str(data["Culture"]));
                AddKeyword(document, "LocalizationPart.LocalizationSet", Str(data["LocalizationSet"]));
                break;
        }
        foreach (var field in definitions.FindPart(typePart.PartName)?.Fields ?? [])
        {
            var settings = IndexSettings.Of(field.Settings);
            if (settings.Included && data[field.Name] is JsonObject value && FieldKinds.Find(field.FieldName) is { } kind)
            {
                AddField(document, text, $"{typePart.Name}.{field.Name}", kind, value, settings);
            }
        }
    }

    private static void AddField(Document document, StringBuilder text, string name, FieldKind kind, JsonObject value, IndexSettings settings)
    {
        switch (kind.Name)
        {
            case "ContentPickerField" or "LocalizationSetContentPickerField":
                FieldValue.Texts(value["ContentItemIds"]).ToList().ForEach(id => AddKeyword(document, name + ".ContentItemIds", id));
                return;
            case "TaxonomyField":
                FieldValue.Texts(value["TermContentItemIds"]).ToList().ForEach(id => AddKeyword(document, name + ".TermContentItemIds", id));
                return;
            case "LinkField":
                AddKeyword(document, name + ".Url", Str(value["Url"]));
                AddText(document, text, name + ".Text", Str(value["Text"]), settings);
                return;
            case "HtmlField":
                AddText(document, text, name, StripTags(Str(value["Html"])), settings);
                return;
        }
        var raw = value[kind.ValueProperty];
        switch (kind.ValueKind)
        {
            case FieldValueKind.Number when FieldValue.TryNumber(raw, out var number):
                document.Add(new DoubleField(name, (double)number, settings.Stored ? Field.Store.YES : Field.Store.NO));
                break;
            case FieldValueKind.Date when FieldValue.TryDate(raw, out var date):
                AddKeyword(document, name, Iso(date));
                break;
            case FieldValueKind.Boolean when raw is JsonValue flag && flag.TryGetValue<bool>(out var boolean):
                AddKeyword(document, name, boolean ? "true" : "false");
                break;
            case FieldValueKind.Text or FieldValueKind.LongText or FieldValueKind.TextList:
                foreach (var entry in FieldValue.Texts(raw))
                {
                    AddText(document, text, name, entry, settings);
                }
                break;
        }
    }

    private static void AddText(Document document, StringBuilder text, string name, string? value, IndexSettings settings)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        var store = settings.Stored ? Field.Store.YES : Field.Store.NO;
        document.Add(settings.Keyword ? new StringField(name, value, store) : new TextField(name, value, store));
        document.Add(new StringField(name + ".keyword", value.Length > 256 ? value[..256] : value, Field.Store.NO));
        text.AppendLine(value);
    }

    private static void AddKeyword(Document document, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            document.Add(new StringField(name, value, Field.Store.YES));
        }
    }

    // The title part writes the title first; the stored text is what a snippet is cut from, so it starts after it.
    private static string WithoutTitle(string body, string? title) =>
        title is { Length: > 0 } && body.StartsWith(title + Environment.NewLine, StringComparison.Ordinal) ? body[(title.Length + Environment.NewLine.Length)..] : body;

    private static string? Str(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Iso(DateTime date) => date.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static string? StripTags(string? html) => html is null ? null : Tags().Replace(html, " ");

    [GeneratedRegex("<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 500)]
    private static partial Regex Tags();
}
