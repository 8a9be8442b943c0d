using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Tests.Unit.FactSheets;

/// <summary>The fact-sheet types as the rules see them, and one valid item of each that tests break one value of.</summary>
internal static class FactSheetSamples
{
    public static ContentDefinitionDocument Document { get; } = new()
    {
        ContentTypes =
        [
            Type("FactSheet", "TitlePart", "FactSheet", "MarkdownBodyPart", "LocalizationPart"),
            Type("Indicator", "TitlePart", "Indicator", "ListPart"),
            Type("IndicatorValue", "IndicatorValue"),
            Type("LegalMilestone", "TitlePart", "LegalMilestone"),
            Type("Publication", "TitlePart", "Publication"),
            Type("Chapter", "TitlePart"),
            Type("Taxonomy", "TitlePart", "TaxonomyPart"),
            Type("Page", "TitlePart"),
        ],
        ContentParts =
        [
            new ContentPartDefinition
            {
                Name = "FactSheet",
                Fields =
                [
                    new ContentPartFieldDefinition
                    {
                        FieldName = "TaxonomyField",
                        Name = "Topics",
                        Settings = JsonNode.Parse("""{ "TaxonomyFieldSettings": { "TaxonomyContentItemId": "taxonomytopics" } }""")!.AsObject(),
                    },
                ],
            },
            new ContentPartDefinition
            {
                Name = "IndicatorValue",
                Fields =
                [
                    Choice("Geography", ("punjab", "Punjab"), ("ajk", "Azad Jammu and Kashmir")),
                    Choice("Sex", ("total", "Total"), ("girls", "Girls")),
                ],
            },
        ],
    };

    public static ContentValidationContext Context(ContentItem item, bool imported = false) =>
        new(item, Document.FindType(item.ContentType)!, Document) { Imported = imported };

    public static ContentItem Indicator(string id, string unit, string measureType) => ContentItem.FromJson($$"""
        {
          "ContentItemId": "{{id}}", "ContentItemVersionId": "{{id}}v1", "ContentType": "Indicator", "DisplayText": "{{id}}",
          "TitlePart": { "Title": "{{id}}" },
          "Indicator": { "Definition": { "Text": "A measure." }, "Unit": { "Text": "{{unit}}" }, "MeasureType": { "Text": "{{measureType}}" } },
          "ListPart": {}
        }
        """);

    public static ContentItem Value(string id = "valuesample", string listId = FactSheetStore.PercentIndicator, decimal value = 12.5m) =>
        ContentItem.FromJson($$"""
        {
          "ContentItemId": "{{id}}", "ContentItemVersionId": "{{id}}v1", "ContentType": "IndicatorValue", "DisplayText": "{{id}}",
          "IndicatorValue": {
            "Value": { "Value": {{value.ToString(CultureInfo.InvariantCulture)}} },
            "Period": { "Text": "2021-22" },
            "Geography": { "Text": "punjab" },
            "Sex": { "Text": "total" },
            "Source": { "Url": "https://example.org/survey", "Text": "A survey" },
            "FurtherSources": { "Values": ["https://example.org/copy"] }
          },
          "ContainedPart": { "ListContentItemId": "{{listId}}", "Order": 0 }
        }
        """);

    public static ContentItem FactSheet(string id = "factsheetsample", string culture = "en", string set = "setother") =>
        ContentItem.FromJson($$"""
        {
          "ContentItemId": "{{id}}", "ContentItemVersionId": "{{id}}v1", "ContentType": "FactSheet", "DisplayText": "{{id}}",
          "TitlePart": { "Title": "{{id}}" },
          "FactSheet": {
            "Summary": { "Text": "A summary." },
            "Topics": { "TaxonomyContentItemId": "taxonomytopics", "TermContentItemIds": ["topicchildlabour"] },
            "Chapter": { "ContentItemIds": ["{{FactSheetStore.Chapter}}"] },
            "Indicators": { "ContentItemIds": ["{{FactSheetStore.PercentIndicator}}"] },
            "Year": { "Value": 2026 },
            "Source": { "Url": "https://example.org/survey", "Text": "A survey" },
            "FurtherSources": { "Values": ["https://example.org/one", "http://example.org/two"] },
            "ReviewBy": { "Value": "2027-11-30" }
          },
          "MarkdownBodyPart": { "Markdown": "Body" },
          "LocalizationPart": { "Culture": "{{culture}}", "LocalizationSet": "{{set}}" }
        }
        """);

    public static ContentItem Milestone(string date = "2018-05-18", string precision = "day") => ContentItem.FromJson($$"""
        {
          "ContentItemId": "milestonesample", "ContentType": "LegalMilestone", "DisplayText": "An act",
          "TitlePart": { "Title": "An act" },
          "LegalMilestone": {
            "Date": { "Value": "{{date}}" },
            "DatePrecision": { "Text": "{{precision}}" },
            "Jurisdiction": { "Text": "pakistan" },
            "Summary": { "Text": "An act was passed." },
            "Source": { "Url": "https://example.org/act", "Text": "The act" },
            "FurtherSources": { "Values": [] }
          }
        }
        """);

    public static ContentItem Publication(string url = "https://example.org/report") => ContentItem.FromJson($$"""
        {
          "ContentItemId": "publicationsample", "ContentType": "Publication", "DisplayText": "A report",
          "TitlePart": { "Title": "A report" },
          "Publication": { "Year": { "Value": 2015 }, "Kind": { "Text": "alternative-report" }, "Link": { "Url": "{{url}}", "Text": "A report" } }
        }
        """);

    /// <summary>Sets <paramref name="json"/> at a field of the item's own part, e.g. <c>("Value", """{ "Value": 101 }""")</c>.</summary>
    public static ContentItem WithField(this ContentItem item, string field, string json)
    {
        item.GetOrCreatePart(item.ContentType)[field] = JsonNode.Parse(json);
        return item;
    }

    private static ContentPartFieldDefinition Choice(string name, params (string Value, string Name)[] options) => new()
    {
        FieldName = "TextField",
        Name = name,
        Settings = new JsonObject
        {
            ["TextFieldPredefinedListEditorSettings"] = new JsonObject
            {
                ["Options"] = new JsonArray([.. options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["value"] = o.Value })]),
            },
        },
    };

    private static ContentTypeDefinition Type(string name, params string[] parts) => new()
    {
        Name = name,
        Parts = [.. parts.Select(p => new ContentTypePartDefinition { PartName = p, Name = p })],
    };
}
