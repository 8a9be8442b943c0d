using System.Text.Json.Nodes;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;

namespace CrmSite.Content.Security;

/// <summary>
/// Chapter scopes: a user's <c>ChapterScope</c> claims name the chapter items they may edit for. An item belongs to
/// the chapters its <c>ChapterPart.Chapter</c> picker, or the <c>Chapter</c>/<c>Chapters</c> picker of its own part,
/// points at; a <c>Chapter</c> item belongs to itself. There is no hierarchy: the national chapter is one chapter
/// among others.
/// </summary>
public static class ChapterScope
{
    public const string ClaimType = "ChapterScope";

    private static readonly string[] FieldNames = ["Chapter", "Chapters"];

    public static IReadOnlyCollection<string> ChaptersOf(ContentItem item)
    {
        var chapters = new HashSet<string>(StringComparer.Ordinal);
        if (item.ContentType == "Chapter" && item.ContentItemId.Length > 0)
        {
            chapters.Add(item.ContentItemId);
        }
        foreach (var partName in new[] { "ChapterPart", item.ContentType })
        {
            if (item.Part(partName) is not { } part)
            {
                continue;
            }
            foreach (var field in FieldNames)
            {
                if (part[field] is JsonObject picker)
                {
                    chapters.UnionWith(FieldValue.Texts(picker["ContentItemIds"]));
                }
            }
        }
        return chapters;
    }
}
