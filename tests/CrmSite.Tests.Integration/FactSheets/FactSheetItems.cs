using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.FactSheets;

/// <summary>Valid items of the fact-sheet types for the REST API; tests break one value of them.</summary>
public static class FactSheetItems
{
    public static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];

    public static JsonObject IndicatorValue(string indicator = "indicatorstunting", decimal value = 41.5m) => new()
    {
        ["ContentItemId"] = NewId("valuetest"),
        ["ContentType"] = "IndicatorValue",
        ["DisplayText"] = "Stunting: Punjab, 2018",
        ["IndicatorValue"] = new JsonObject
        {
            ["Value"] = new JsonObject { ["Value"] = value },
            ["Period"] = new JsonObject { ["Text"] = "2018" },
            ["Geography"] = new JsonObject { ["Text"] = "punjab" },
            ["Sex"] = new JsonObject { ["Text"] = "total" },
            ["AgeGroup"] = new JsonObject { ["Text"] = "under-5" },
            ["Source"] = new JsonObject { ["Url"] = "https://example.org/nns-2018", ["Text"] = "National Nutrition Survey 2018" },
        },
        ["ContainedPart"] = new JsonObject { ["ListContentItemId"] = indicator, ["Order"] = 99 },
    };

    public static JsonObject FactSheet(string culture = "en", string? set = null) => new()
    {
        ["ContentItemId"] = NewId("factsheettest"),
        ["ContentType"] = "FactSheet",
        ["TitlePart"] = new JsonObject { ["Title"] = "Stunting in Punjab" },
        ["AutoroutePart"] = new JsonObject { ["Path"] = "fact-sheets/" + NewId("test") },
        ["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = "Body" },
        ["LocalizationPart"] = new JsonObject { ["Culture"] = culture, ["LocalizationSet"] = set ?? NewId("settest") },
        ["FactSheet"] = new JsonObject
        {
            ["Summary"] = new JsonObject { ["Text"] = "A summary." },
            ["Topics"] = new JsonObject { ["TaxonomyContentItemId"] = "taxonomytopics", ["TermContentItemIds"] = new JsonArray("topicnutrition") },
            ["Chapter"] = new JsonObject { ["ContentItemIds"] = new JsonArray("chapternational") },
            ["Indicators"] = new JsonObject { ["ContentItemIds"] = new JsonArray("indicatorstunting") },
            ["Year"] = new JsonObject { ["Value"] = 2026 },
            ["Source"] = new JsonObject { ["Url"] = "https://example.org/nns-2018", ["Text"] = "National Nutrition Survey 2018" },
            ["FurtherSources"] = new JsonObject { ["Values"] = new JsonArray("https://example.org/copy") },
            ["ReviewBy"] = new JsonObject { ["Value"] = "2027-06-30" },
        },
    };

    public static JsonObject LegalMilestone() => new()
    {
        ["ContentItemId"] = NewId("milestonetest"),
        ["ContentType"] = "LegalMilestone",
        ["TitlePart"] = new JsonObject { ["Title"] = "An act" },
        ["LegalMilestone"] = new JsonObject
        {
            ["DatePrecision"] = new JsonObject { ["Text"] = "day" },
            ["Jurisdiction"] = new JsonObject { ["Text"] = "punjab" },
            ["Summary"] = new JsonObject { ["Text"] = "An act was passed." },
        },
    };

    public static JsonObject Publication(string url) => new()
    {
        ["ContentItemId"] = NewId("publicationtest"),
        ["ContentType"] = "Publication",
        ["TitlePart"] = new JsonObject { ["Title"] = "A report" },
        ["Publication"] = new JsonObject
        {
            ["Kind"] = new JsonObject { ["Text"] = "alternative-report" },
            ["Link"] = new JsonObject { ["Url"] = url, ["Text"] = "A report" },
        },
    };

    public static JsonObject Indicator(string unit, string measureType) => new()
    {
        ["ContentItemId"] = NewId("indicatortest"),
        ["ContentType"] = "Indicator",
        ["TitlePart"] = new JsonObject { ["Title"] = "A measure" },
        ["Indicator"] = new JsonObject
        {
            ["Definition"] = new JsonObject { ["Text"] = "What is measured." },
            ["Unit"] = new JsonObject { ["Text"] = unit },
            ["MeasureType"] = new JsonObject { ["Text"] = measureType },
        },
        ["ListPart"] = new JsonObject(),
    };

    /// <summary>Replaces one field of the item's own part.</summary>
    public static JsonObject With(this JsonObject item, string field, JsonNode? value)
    {
        item[item["ContentType"]!.GetValue<string>()]![field] = value;
        return item;
    }
}
