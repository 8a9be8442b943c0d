using CrmSite.Content.Store;

namespace CrmSite.Admin.Contents;

public static class TitleFilter
{
    /// <summary>
    /// The versions whose display text contains <paramref name="text"/>, ignoring case: runs in SQL as
    /// lower(DisplayText) containing the lower-cased text (SQLite lowers ASCII letters only; Urdu has no case).
    /// </summary>
    public static IQueryable<ContentItemRecord> TitleContains(this IQueryable<ContentItemRecord> versions, string text)
    {
        var lower = text.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
        return versions.Where(v => v.DisplayText != null && v.DisplayText.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
    }
}
