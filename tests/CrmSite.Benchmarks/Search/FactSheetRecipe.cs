using System.Globalization;
using System.Text.Json.Nodes;

namespace CrmSite.Benchmarks.Search;

/// <summary>
/// A recipe with one <c>Content</c> step of published FactSheet items (the type crm-factsheets defines, which the
/// site's setup imports) with fixed ids. An Urdu sheet joins the localization set of the English sheet before it.
/// </summary>
public static class FactSheetRecipe
{
    private static readonly DateTime Created = new(2026, 11, 1, 9, 30, 0, DateTimeKind.Utc);

    public static string Build(IEnumerable<FactSheetText> sheets, string name)
    {
        var items = new JsonArray();
        foreach (var sheet in sheets)
        {
            items.Add(Item(sheet));
        }
        var recipe = new JsonObject
        {
            ["name"] = name,
            ["steps"] = new JsonArray { new JsonObject { ["name"] = "Content", ["data"] = items } },
        };
        return recipe.ToJsonString();
    }

    /// <summary>The fixed 26-character content item id of sheet <paramref name="index"/>.</summary>
    public static string ItemId(int index) => Id("benchsheet", index);

    private static string Id(string head, int index) =>
        head + index.ToString("D", CultureInfo.InvariantCulture).PadLeft(26 - head.Length, '0');

    private static JsonObject Item(FactSheetText sheet)
    {
        var time = Created.AddSeconds(sheet.Index).ToString("O", CultureInfo.InvariantCulture);
        var set = Id("benchset", sheet.Culture == "ur" ? sheet.Index - 1 : sheet.Index);
        return new JsonObject
        {
            ["ContentItemId"] = ItemId(sheet.Index),
            ["ContentItemVersionId"] = Id("benchsheetv", sheet.Index),
            ["ContentType"] = "FactSheet",
            ["DisplayText"] = sheet.Title,
            ["Latest"] = true,
            ["Published"] = true,
            ["CreatedUtc"] = time,
            ["ModifiedUtc"] = time,
            ["Owner"] = "bench-admin",
            ["Author"] = "bench-admin",
            ["TitlePart"] = new JsonObject { ["Title"] = sheet.Title },
            ["FactSheet"] = new JsonObject
            {
                ["Summary"] = new JsonObject { ["Text"] = sheet.Summary },
                ["Topics"] = new JsonObject
                {
                    ["TaxonomyContentItemId"] = "taxonomytopics",
                    ["TermContentItemIds"] = new JsonArray { sheet.TopicId },
                },
                ["Chapter"] = new JsonObject { ["ContentItemIds"] = new JsonArray { sheet.ChapterId } },
                ["Year"] = new JsonObject { ["Value"] = sheet.Year },
                ["Source"] = new JsonObject
                {
                    ["Url"] = $"https://example.org/reports/{sheet.Year}/{sheet.Index}",
                    ["Text"] = sheet.SourceText,
                },
                ["ReviewBy"] = new JsonObject { ["Value"] = $"{sheet.Year + 1}-12-31" },
            },
            ["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = sheet.Markdown },
            ["AutoroutePart"] = new JsonObject
            {
                ["Path"] = $"{(sheet.Culture == "ur" ? "ur/" : "")}fact-sheets/bench-{sheet.Index}",
            },
            ["LocalizationPart"] = new JsonObject { ["Culture"] = sheet.Culture, ["LocalizationSet"] = set },
        };
    }
}
