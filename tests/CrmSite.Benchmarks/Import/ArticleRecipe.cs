using System.Globalization;
using System.Text.Json.Nodes;

namespace CrmSite.Benchmarks.Import;

/// <summary>
/// A recipe defining a small Article type (TitlePart and ArticlePart with a TextField and a NumericField) and
/// importing <c>count</c> published articles with fixed ids, so that every run writes the same rows.
/// </summary>
public static class ArticleRecipe
{
    private static readonly DateTime Created = new(2026, 11, 1, 9, 30, 0, DateTimeKind.Utc);

    public static string Build(int count, string prefix = "bench")
    {
        var items = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            items.Add(Item(i, prefix));
        }
        var recipe = new JsonObject
        {
            ["name"] = $"{prefix}-articles-{count}",
            ["steps"] = new JsonArray
            {
                Definition(),
                new JsonObject { ["name"] = "Content", ["data"] = items },
            },
        };
        return recipe.ToJsonString();
    }

    /// <summary>The fixed 26-character content item id of article <paramref name="index"/>.</summary>
    public static string ItemId(int index, string prefix = "bench") => Id(prefix + "item", index);

    private static string Id(string head, int index) =>
        (head + index.ToString("D", CultureInfo.InvariantCulture).PadLeft(26 - head.Length, '0'))[..26];

    private static JsonObject Item(int i, string prefix) => new()
    {
        ["ContentItemId"] = ItemId(i, prefix),
        ["ContentItemVersionId"] = Id(prefix + "ver", i),
        ["ContentType"] = "Article",
        ["Published"] = true,
        ["CreatedUtc"] = Created.AddMinutes(i).ToString("O", CultureInfo.InvariantCulture),
        ["ModifiedUtc"] = Created.AddMinutes(i).ToString("O", CultureInfo.InvariantCulture),
        ["Owner"] = "bench-admin",
        ["Author"] = "bench-admin",
        ["TitlePart"] = new JsonObject { ["Title"] = $"Article {i}" },
        ["ArticlePart"] = new JsonObject
        {
            ["Summary"] = new JsonObject { ["Text"] = $"Summary of article {i}: children's rights in district {i % 150}." },
            ["Rank"] = new JsonObject { ["Value"] = i % 1000 + 0.5m },
        },
    };

    private static JsonObject Definition() => new()
    {
        ["name"] = "ContentDefinition",
        ["ContentParts"] = new JsonArray
        {
            new JsonObject
            {
                ["Name"] = "ArticlePart",
                ["ContentPartFieldDefinitionRecords"] = new JsonArray
                {
                    new JsonObject { ["FieldName"] = "TextField", ["Name"] = "Summary" },
                    new JsonObject { ["FieldName"] = "NumericField", ["Name"] = "Rank" },
                },
            },
        },
        ["ContentTypes"] = new JsonArray
        {
            new JsonObject
            {
                ["Name"] = "Article",
                ["DisplayName"] = "Article",
                ["Settings"] = new JsonObject
                {
                    ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = true, ["Listable"] = true, ["Versionable"] = true },
                },
                ["ContentTypePartDefinitionRecords"] = new JsonArray
                {
                    new JsonObject { ["PartName"] = "TitlePart", ["Name"] = "TitlePart" },
                    new JsonObject { ["PartName"] = "ArticlePart", ["Name"] = "ArticlePart" },
                },
            },
        },
    };
}
