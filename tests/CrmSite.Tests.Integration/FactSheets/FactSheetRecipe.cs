using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Recipes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.FactSheets;

/// <summary>Imports <c>recipes/crm-factsheets.recipe.json</c> as the CLI would, and reads what it seeded.</summary>
public static class FactSheetRecipe
{
    public const string FileName = "crm-factsheets.recipe.json";

    public static Task<RecipeResult> ImportAsync(SiteFactory site)
    {
        var path = RepositoryFiles.Recipe(FileName);
        return site.ImportAsync(File.ReadAllText(path), FileName, Path.GetDirectoryName(path));
    }

    /// <summary>The published items of <paramref name="contentType"/>.</summary>
    public static Task<IReadOnlyList<ContentItem>> ListAsync(SiteFactory site, string contentType) =>
        site.WithStoreAsync(db => new ContentReader(db).ListAsync(contentType, VersionOptions.Published));

    /// <summary>
    /// The national chapter the sheets point at. The setup recipe creates it once the Chapters module has its
    /// types; until then a plain Chapter item stands in, so that a valid fact sheet can be saved.
    /// </summary>
    public static async Task EnsureNationalChapterAsync(SiteFactory site)
    {
        var existing = await site.WithStoreAsync(db => new ContentReader(db).GetAsync("chapternational", VersionOptions.Latest));
        if (existing is not null)
        {
            return;
        }
        await site.ImportAsync("""
            { "name": "test-chapter", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Chapter", "DisplayName": "Chapter",
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] },
              { "name": "Content", "data": [ { "ContentItemId": "chapternational", "ContentType": "Chapter",
                "TitlePart": { "Title": "National" } } ] } ] }
            """);
    }

    public static string? Text(ContentItem item, string part, string field, string property = "Text") =>
        item.Part(part)?[field]?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static IReadOnlyList<string> Texts(ContentItem item, string part, string field, string property) =>
        item.Part(part)?[field]?[property] is JsonArray array ? [.. array.Select(v => v!.GetValue<string>())] : [];

    public static decimal? Number(ContentItem item, string part, string field) =>
        item.Part(part)?[field]?["Value"] is JsonValue value && value.TryGetValue<decimal>(out var number) ? number : null;
}
