using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Admin.Editing;

/// <summary>
/// The start of a translation, as Orchard's "translate" does: a copy of the item with a new id in the same
/// localisation set, in the other culture, owned by whoever saves it, its path suffixed with the culture so that it
/// does not clash with the original's.
/// </summary>
public static class Translation
{
    public static ContentItem CopyOf(ContentItem item, string culture)
    {
        var copy = item.Clone();
        copy.ContentItemId = IdGenerator.NewId();
        copy.ContentItemVersionId = "";
        copy.Owner = null;
        copy.GetOrCreatePart("LocalizationPart")["Culture"] = culture;
        if (copy.Part("AutoroutePart")?["Path"]?.ToString() is { Length: > 0 } path)
        {
            copy.GetOrCreatePart("AutoroutePart")["Path"] = $"{path}-{culture}";
        }
        return copy;
    }

    /// <summary>The latest versions of <paramref name="item"/>'s other languages: the items of its localisation set but itself.</summary>
    public static async Task<IReadOnlyList<ContentItem>> OthersAsync(ContentReader reader, ContentItem item, CancellationToken cancellationToken) =>
        item.Part("LocalizationPart")?["LocalizationSet"]?.ToString() is { Length: > 0 } set
            ? [.. (await reader.ListByFieldAsync(item.ContentType, "LocalizationPart", "LocalizationSet", set, VersionOptions.Latest, cancellationToken))
                .Where(t => t.ContentItemId != item.ContentItemId)]
            : [];
}
