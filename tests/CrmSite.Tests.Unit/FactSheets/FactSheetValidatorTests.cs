using CrmSite.Content.Items;
using CrmSite.FactSheets.ContentTypes;

namespace CrmSite.Tests.Unit.FactSheets;

public sealed class FactSheetValidatorTests
{
    private readonly FactSheetValidator _validator = new();

    [Theory]
    [InlineData("en")]
    [InlineData("ur")]
    public async Task ValidateAsync_FindsNoError_WhenSheetIsValid(string culture)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.FactSheet(culture: culture));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Theory]
    [InlineData("""{ "Text": "A survey" }""")]
    [InlineData("""{ "Url": "/fact-sheets/other", "Text": "Another sheet" }""")]
    public async Task ValidateAsync_ReportsSource_WhenItIsNoWebAddress(string source)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.FactSheet().WithField("Source", source));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(["FactSheet.Source"], context.Errors.Select(e => e.Member));
    }

    [Theory]
    [InlineData("""{ "Values": ["https://example.org/a", "mailto:editor@example.org"] }""", "entry 2")]
    [InlineData("""{ "Values": [""] }""", "entry 1")]
    [InlineData("""{ "Values": ["https://example.org/a", "https://example.org/a"] }""", "more than once")]
    public async Task ValidateAsync_ReportsFurtherSources_WhenEntryIsNotAUsableUrl(string sources, string expected)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.FactSheet().WithField("FurtherSources", sources));

        await _validator.ValidateAsync(context, CancellationToken.None);

        var error = Assert.Single(context.Errors);
        Assert.Equal("FactSheet.FurtherSources", error.Member);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_ReportsReviewBy_WhenItIsMissing()
    {
        var item = FactSheetSamples.FactSheet();
        item.Part("FactSheet")!.Remove("ReviewBy");
        var context = FactSheetSamples.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(["FactSheet.ReviewBy"], context.Errors.Select(e => e.Member));
    }

    [Fact]
    public async Task ValidateAsync_ReportsReviewBy_WhenItIsBeforeTheSheetsYear()
    {
        var item = FactSheetSamples.FactSheet().WithField("ReviewBy", """{ "Value": "2019-06-30" }""");
        var context = FactSheetSamples.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        var error = Assert.Single(context.Errors);
        Assert.Equal("FactSheet.ReviewBy", error.Member);
        Assert.Contains("2019-06-30", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    public async Task ValidateAsync_ReportsCulture_WhenNotEnglishOrUrdu(string culture)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.FactSheet(culture: culture));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(["LocalizationPart.Culture"], context.Errors.Select(e => e.Member));
    }

    [Fact]
    public async Task ValidateAsync_IgnoresItem_WhenTypeIsNotFactSheet()
    {
        var item = ContentItem.FromJson("""{ "ContentItemId": "pagesample", "ContentType": "Page" }""");
        var context = FactSheetSamples.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }
}
