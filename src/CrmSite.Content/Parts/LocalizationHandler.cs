using System.Text.Json.Nodes;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Content.Parts;

/// <summary>
/// As in Orchard, an item with a LocalizationPart but no LocalizationSet starts a set of its own; translations
/// join it by carrying the same LocalizationSet. The set is derived from the item's id, so that importing the same
/// item again yields the same set (and no new version).
/// </summary>
public sealed class LocalizationHandler : IContentHandler
{
    public Task CreatingAsync(ContentContext context, CancellationToken cancellationToken) => AssignSet(context);

    public Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken) => AssignSet(context);

    private static Task AssignSet(ContentContext context)
    {
        var typePart = context.Type?.Parts.Find(p => p.PartName == BuiltInParts.LocalizationPart);
        if (typePart is not null && context.Item.Part(typePart.Name) is { } part &&
            (part["LocalizationSet"] is not JsonValue set || !set.TryGetValue<string>(out var value) || value.Length == 0))
        {
            part["LocalizationSet"] = IdGenerator.FromSeed("LocalizationSet|" + context.Item.ContentItemId);
        }
        return Task.CompletedTask;
    }
}
