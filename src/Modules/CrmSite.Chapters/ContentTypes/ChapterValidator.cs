using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Chapters.ContentTypes;

/// <summary>
/// A chapter's code names it in URLs and in other content, so two chapters cannot share one; a historical chapter
/// says which chapter took over its area.
/// </summary>
public sealed class ChapterValidator(ContentReader content) : IContentValidator
{
    public async Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Type.Name != ChapterTypes.Chapter)
        {
            return;
        }
        var item = context.Item;
        if (item.Text(ChapterTypes.Chapter, "Status") == "historical" && item.Ids(ChapterTypes.Chapter, "MergedInto").Count == 0)
        {
            context.AddError("Chapter.MergedInto", $"A historical chapter names the chapter its area is now part of (MergedInto).");
        }
        if (item.Text(ChapterTypes.Chapter, "Code") is not { } code)
        {
            return;
        }
        var others = await content.ListByFieldAsync(ChapterTypes.Chapter, ChapterTypes.Chapter, "Code", code, VersionOptions.Latest, cancellationToken);
        if (others.FirstOrDefault(o => o.ContentItemId != item.ContentItemId) is { } other)
        {
            context.AddError("Chapter.Code", $"Code '{code}' is already used by chapter '{other.DisplayText}' ({other.ContentItemId}).");
        }
    }
}
