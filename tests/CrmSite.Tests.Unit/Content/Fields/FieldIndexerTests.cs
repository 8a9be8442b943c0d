using CrmSite.Content.Fields;
using CrmSite.Content.Store;

namespace CrmSite.Tests.Unit.Content.Fields;

public sealed class FieldIndexerTests
{
    [Fact]
    public void Index_WritesTextRow_WhenTextFieldHasValue()
    {
        var rows = Index();

        var row = Assert.Single(rows, r => r.FieldName == "Subtitle");
        Assert.Equal("Rain", row.Text);
        Assert.Equal("Article", row.PartName);
        Assert.Equal("Article", row.ContentType);
        Assert.Equal("4x2kq9r3m7vbt1hz6s8n0pcdwe", row.ContentItemId);
        Assert.Equal("4x2kq9r3m7vbt1hz6s8n0pcdwf", row.ContentItemVersionId);
        Assert.Null(row.Number);
    }

    [Fact]
    public void Index_WritesNumberRow_WhenNumericFieldHasValue()
    {
        var rows = Index();

        var row = Assert.Single(rows, r => r.FieldName == "Year");
        Assert.Equal(2024m, row.Number);
        Assert.Null(row.Text);
    }

    [Fact]
    public void Index_WritesUtcDateRow_WhenDateFieldHasOffset()
    {
        var rows = Index();

        var row = Assert.Single(rows, r => r.FieldName == "EventDate");
        Assert.Equal(new DateTime(2024, 5, 1, 10, 0, 0, DateTimeKind.Utc), row.Date);
        Assert.Equal(DateTimeKind.Utc, row.Date?.Kind);
    }

    [Fact]
    public void Index_WritesBooleanRow_WhenBooleanFieldHasValue()
    {
        var rows = Index();

        Assert.True(Assert.Single(rows, r => r.FieldName == "Featured").Boolean);
    }

    [Fact]
    public void Index_WritesRowPerId_WhenPickerHasSeveralIds()
    {
        var rows = Index();

        Assert.Equal(
            ["4x2kq9r3m7vbt1hz6s8n0pcdwk", "4x2kq9r3m7vbt1hz6s8n0pcdwm"],
            rows.Where(r => r.FieldName == "Tags").Select(r => r.Text));
        Assert.Equal(["4x2kq9r3m7vbt1hz6s8n0pcdwj"], rows.Where(r => r.FieldName == "Related").Select(r => r.Text));
    }

    [Fact]
    public void Index_WritesBuiltInPartProperties_WhenPartsHaveValues()
    {
        var rows = Index();

        Assert.Equal("موسم", Assert.Single(rows, r => r is { PartName: "TitlePart", FieldName: "Title" }).Text);
        Assert.Equal("news/2024/weather", Assert.Single(rows, r => r is { PartName: "AutoroutePart", FieldName: "Path" }).Text);
        Assert.Equal("ur-PK", Assert.Single(rows, r => r is { PartName: "LocalizationPart", FieldName: "Culture" }).Text);
        Assert.Equal(3m, Assert.Single(rows, r => r is { PartName: "ContainedPart", FieldName: "Order" }).Number);
    }

    [Fact]
    public void Index_WritesNoRow_WhenValueIsHtmlOrMarkdown()
    {
        var rows = Index();

        Assert.DoesNotContain(rows, r => r.FieldName is "Teaser" or "Notes");
        Assert.DoesNotContain(rows, r => r.PartName is "HtmlBodyPart" or "MarkdownBodyPart");
    }

    [Fact]
    public void Index_WritesNoRow_WhenValuesAreEmptyOrMalformed()
    {
        var item = ArticleDefinitions.ValidItem()
            .WithField("Subtitle", """{ "Text": "" }""")
            .WithField("Year", """{ "Value": "many" }""")
            .WithField("Tags", """{ "ContentItemIds": [] }""")
            .WithField("Featured", "true");

        var rows = FieldIndexer.Index(item, ArticleDefinitions.Type, ArticleDefinitions.Document).ToList();

        Assert.DoesNotContain(rows, r => r.FieldName is "Subtitle" or "Year" or "Tags" or "Featured");
    }

    [Fact]
    public void Index_TruncatesText_WhenTextIsLongerThanColumn()
    {
        var item = ArticleDefinitions.ValidItem().WithField("Subtitle", $$"""{ "Text": "{{new string('x', 3000)}}" }""");

        var rows = FieldIndexer.Index(item, ArticleDefinitions.Type, ArticleDefinitions.Document).ToList();

        Assert.Equal(2048, Assert.Single(rows, r => r.FieldName == "Subtitle").Text!.Length);
    }

    [Fact]
    public void Index_WritesExactRowSet_WhenItemIsComplete()
    {
        var rows = Index();

        Assert.Equal(
            [
                "Article.Code", "Article.EventDate", "Article.Featured", "Article.Related", "Article.Subtitle",
                "Article.Tags", "Article.Tags", "Article.Website", "Article.Year", "AutoroutePart.Path",
                "ContainedPart.ListContentItemId", "ContainedPart.Order", "LocalizationPart.Culture",
                "LocalizationPart.LocalizationSet", "TitlePart.Title",
            ],
            rows.Select(r => $"{r.PartName}.{r.FieldName}").Order(StringComparer.Ordinal));
    }

    private static List<FieldIndexRecord> Index() =>
        FieldIndexer.Index(ArticleDefinitions.ValidItem(), ArticleDefinitions.Type, ArticleDefinitions.Document).ToList();
}
