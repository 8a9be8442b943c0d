using CrmSite.Content.Items;
using CrmSite.Content.Security;

namespace CrmSite.Tests.Unit.Identity.Authorization;

public sealed class ChapterScopeTests
{
    [Fact]
    public void ChaptersOf_ReturnsPickedIds_WhenChapterPartHasChapterPicker()
    {
        var item = ContentItem.FromJson("""
            { "ContentType": "Event", "ChapterPart": { "Chapter": { "ContentItemIds": ["chapterkarachi0000000000000"] } } }
            """);

        var chapters = ChapterScope.ChaptersOf(item);

        Assert.Equal(["chapterkarachi0000000000000"], chapters);
    }

    [Fact]
    public void ChaptersOf_ReturnsUnionOfPickers_WhenTypePartHasChapterAndChapters()
    {
        var item = ContentItem.FromJson("""
            {
              "ContentType": "FactSheet",
              "ChapterPart": { "Chapter": { "ContentItemIds": ["lahore"] } },
              "FactSheet": {
                "Chapter": { "ContentItemIds": ["karachi"] },
                "Chapters": { "ContentItemIds": ["karachi", "national"] }
              }
            }
            """);

        var chapters = ChapterScope.ChaptersOf(item);

        Assert.Equal(["karachi", "lahore", "national"], chapters.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ChaptersOf_IgnoresOtherParts_WhenChapterPickerIsOnUnrelatedPart()
    {
        var item = ContentItem.FromJson("""
            { "ContentType": "Event", "Venue": { "Chapter": { "ContentItemIds": ["karachi"] } } }
            """);

        var chapters = ChapterScope.ChaptersOf(item);

        Assert.Empty(chapters);
    }

    [Theory]
    [InlineData("""{ "ContentType": "Event" }""")]
    [InlineData("""{ "ContentType": "Event", "ChapterPart": { "Chapter": { "ContentItemIds": [] } } }""")]
    [InlineData("""{ "ContentType": "Event", "ChapterPart": { "Chapter": "karachi" } }""")]
    [InlineData("""{ "ContentType": "Event", "ChapterPart": "karachi" }""")]
    public void ChaptersOf_ReturnsNone_WhenItemHasNoUsablePicker(string json)
    {
        var item = ContentItem.FromJson(json);

        var chapters = ChapterScope.ChaptersOf(item);

        Assert.Empty(chapters);
    }
}
