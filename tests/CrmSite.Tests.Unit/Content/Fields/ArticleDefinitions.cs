using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Tests.Unit.Content.Fields;

/// <summary>An Article type with built-in parts and one field of each rule the validators and the indexer know.</summary>
internal static class ArticleDefinitions
{
    public static ContentDefinitionDocument Document { get; } = new()
    {
        ContentTypes = [Type],
        ContentParts =
        [
            new ContentPartDefinition
            {
                Name = "Article",
                Fields =
                [
                    Field("TextField", "Subtitle", """{ "TextFieldSettings": { "Required": true } }"""),
                    Field("NumericField", "Year", """{ "NumericFieldSettings": { "Minimum": 1900, "Maximum": 2100 }, "ContentPartFieldSettings": { "DisplayName": "Publication year" } }"""),
                    Field("ContentPickerField", "Related", """{ "ContentPickerFieldSettings": { "Multiple": false } }"""),
                    Field("ContentPickerField", "Tags", """{ "ContentPickerFieldSettings": { "Multiple": true } }"""),
                    Field("TextField", "Code", """{ "TextFieldSettings": { "Pattern": "^[A-Z]{3}-[0-9]{2}$" } }"""),
                    Field("LinkField", "Website", "{}"),
                    Field("DateField", "EventDate", "{}"),
                    Field("BooleanField", "Featured", "{}"),
                    Field("HtmlField", "Teaser", "{}"),
                    Field("MarkdownField", "Notes", "{}"),
                ],
            },
        ],
    };

    public static ContentTypeDefinition Type => new()
    {
        Name = "Article",
        Parts =
        [
            Part("TitlePart", """{ "TitlePartSettings": { "Options": "EditableRequired" } }"""),
            Part("AutoroutePart", "{}"),
            Part("LocalizationPart", "{}"),
            Part("ContainedPart", "{}"),
            Part("HtmlBodyPart", "{}"),
            Part("MarkdownBodyPart", "{}"),
            Part("Article", "{}"),
        ],
    };

    /// <summary>An article every validator accepts; tests break one value of it.</summary>
    public static ContentItem ValidItem() => ContentItem.FromJson("""
        {
          "ContentItemId": "4x2kq9r3m7vbt1hz6s8n0pcdwe",
          "ContentItemVersionId": "4x2kq9r3m7vbt1hz6s8n0pcdwf",
          "ContentType": "Article",
          "TitlePart": { "Title": "موسم" },
          "AutoroutePart": { "Path": "news/2024/weather" },
          "LocalizationPart": { "Culture": "ur-PK", "LocalizationSet": "4x2kq9r3m7vbt1hz6s8n0pcdwg" },
          "ContainedPart": { "ListContentItemId": "4x2kq9r3m7vbt1hz6s8n0pcdwh", "Order": 3 },
          "HtmlBodyPart": { "Html": "<p>body</p>" },
          "MarkdownBodyPart": { "Markdown": "# body" },
          "Article": {
            "Subtitle": { "Text": "Rain" },
            "Year": { "Value": 2024 },
            "Related": { "ContentItemIds": ["4x2kq9r3m7vbt1hz6s8n0pcdwj"] },
            "Tags": { "ContentItemIds": ["4x2kq9r3m7vbt1hz6s8n0pcdwk", "4x2kq9r3m7vbt1hz6s8n0pcdwm"] },
            "Code": { "Text": "WTH-24" },
            "Website": { "Url": "https://example.org/weather", "Text": "Weather" },
            "EventDate": { "Value": "2024-05-01T15:00:00+05:00" },
            "Featured": { "Value": true },
            "Teaser": { "Html": "<b>teaser</b>" },
            "Notes": { "Markdown": "*notes*" }
          }
        }
        """);

    public static ContentValidationContext Context(ContentItem item) => new(item, Type, Document);

    /// <summary>Sets <paramref name="json"/> at a field of the Article part, e.g. <c>("Year", """{ "Value": 1 }""")</c>.</summary>
    public static ContentItem WithField(this ContentItem item, string field, string json)
    {
        item.GetOrCreatePart("Article")[field] = JsonNode.Parse(json);
        return item;
    }

    private static ContentTypePartDefinition Part(string name, string settings) =>
        new() { PartName = name, Name = name, Settings = JsonNode.Parse(settings)!.AsObject() };

    private static ContentPartFieldDefinition Field(string kind, string name, string settings) =>
        new() { FieldName = kind, Name = name, Settings = JsonNode.Parse(settings)!.AsObject() };
}
