using CrmSite.Admin.Editing;

namespace CrmSite.Tests.Unit.Admin;

/// <summary>The three-way merge of a conflicting save: neither editor's change is lost.</summary>
public sealed class EditorMergeTests
{
    private static readonly EditorField Title = new("TitlePart.Title", "Title", EditorKind.Text, new ValueLocation("TitlePart", null, "Title"));
    private static readonly EditorField Summary = new("Sheet.Summary", "Summary", EditorKind.TextArea, new ValueLocation("Sheet", "Summary", "Text"));
    private static readonly EditorField Year = new("Sheet.Year", "Year", EditorKind.Number, new ValueLocation("Sheet", "Year", "Value"));
    private static readonly EditorField[] Fields = [Title, Summary, Year];

    [Fact]
    public void TheirChangesAreTaken_MineAreKept_AndBothChangedKeepsMine()
    {
        var original = Values("Title", "Summary", "2024");
        var theirs = Values("Their title", "Their summary", "2024");
        var mine = Values("Title", "My summary", "2025");

        var merge = EditorMerge.Merge(Fields, original, theirs, mine);

        Assert.Equal(["TitlePart.Title", "Sheet.Summary"], merge.TheirChanges.Select(c => c.Field.Key));
        Assert.Equal(["Sheet.Summary"], merge.BothChanged);
        Assert.Equal("Their title", mine[Title.Key]);
        Assert.Equal("My summary", mine[Summary.Key]);
        Assert.Equal("2025", mine[Year.Key]);
    }

    [Theory]
    [InlineData("Sheet.Year", "Sheet.Year")]
    [InlineData("sheet.source.url", null)]
    [InlineData("Sheet.Summary.Text", "Sheet.Summary")]
    [InlineData("ContentItemId", null)]
    public void Errors_LandOnTheFieldTheyNameOrAreIn(string member, string? field) =>
        Assert.Equal(field, EditorMerge.FieldFor(Fields, member));

    private static EditorValues Values(string title, string summary, string year)
    {
        var values = new EditorValues();
        values.Set(Title.Key, title);
        values.Set(Summary.Key, summary);
        values.Set(Year.Key, year);
        return values;
    }
}
