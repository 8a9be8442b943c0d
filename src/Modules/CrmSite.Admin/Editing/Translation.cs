using CrmSite.Content.Items;

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
}
