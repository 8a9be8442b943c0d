using System.Text.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Content.Recipes;

/// <summary>
/// Writes content types, the parts they use and their items (latest and published versions) as an Orchard
/// recipe that imports back to the same content. Items of restricted types (personal data such as individual
/// members) are left out unless their type is asked for by name.
/// </summary>
public sealed class RecipeExporter(CrmSiteDbContext db, ContentDefinitionManager definitions, Security.ContentTypeGuards guards)
{
    public async Task<JsonObject> ExportAsync(IReadOnlyCollection<string>? types, CancellationToken cancellationToken)
    {
        var all = await definitions.GetAsync(cancellationToken);
        var selected = types is { Count: > 0 }
            ? types.Select(t => all.FindType(t) ?? throw new RecipeException($"Content type '{t}' is not defined.")).ToList()
            : all.ContentTypes;
        var partNames = selected.SelectMany(t => t.Parts.Select(p => p.PartName)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var parts = all.ContentParts.Where(p => partNames.Contains(p.Name)).ToList();
        var typeNames = selected.Select(t => t.Name).ToList();
        var itemTypes = types is { Count: > 0 } ? typeNames : typeNames.Where(t => guards.For(t) is null).ToList();

        var records = await db.ContentItems.AsNoTracking()
            .Where(v => itemTypes.Contains(v.ContentType) && (v.Latest || v.Published))
            .OrderBy(v => v.Id)
            .ToListAsync(cancellationToken);
        // Within an item the published version goes first, so that importing it and then the newer draft
        // reproduces both.
        var items = new JsonArray(records
            .OrderBy(v => v.ContentItemId, StringComparer.Ordinal).ThenBy(v => v.Number)
            .Select(v => (JsonNode)ContentRecords.ToItem(v).Data).ToArray());

        return new JsonObject
        {
            ["name"] = "export",
            ["displayName"] = "CrmSite export",
            ["description"] = "Content types " + string.Join(", ", typeNames),
            ["author"] = "CrmSite",
            ["website"] = "",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray(),
            ["tags"] = new JsonArray(),
            ["steps"] = new JsonArray
            {
                new JsonObject
                {
                    ["name"] = "ContentDefinition",
                    ["ContentTypes"] = JsonSerializer.SerializeToNode(selected, ContentJson.SerializerOptions),
                    ["ContentParts"] = JsonSerializer.SerializeToNode(parts, ContentJson.SerializerOptions),
                },
                new JsonObject { ["name"] = "Content", ["data"] = items },
            },
        };
    }
}
