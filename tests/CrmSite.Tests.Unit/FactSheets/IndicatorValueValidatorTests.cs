using CrmSite.Content.Management;
using CrmSite.FactSheets.ContentTypes;

namespace CrmSite.Tests.Unit.FactSheets;

public sealed class IndicatorValueValidatorTests(FactSheetStore store) : IClassFixture<FactSheetStore>
{
    [Fact]
    public async Task ValidateAsync_FindsNoError_WhenValueIsValid()
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Value());

        await ValidateAsync(context);

        Assert.Empty(context.Errors);
    }

    [Fact]
    public async Task ValidateAsync_ReportsSource_WhenUrlIsMissing()
    {
        var item = FactSheetSamples.Value().WithField("Source", """{ "Text": "A survey" }""");
        var context = FactSheetSamples.Context(item);

        await ValidateAsync(context);

        var error = Assert.Single(context.Errors);
        Assert.Equal("IndicatorValue.Source", error.Member);
        Assert.Contains("URL", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/1")]
    [InlineData("mailto:data@example.org")]
    [InlineData("ftp://example.org/table.csv")]
    [InlineData("example.org/report")]
    [InlineData(" https://example.org/report")]
    public async Task ValidateAsync_ReportsSource_WhenUrlIsNotAbsoluteHttp(string url)
    {
        var item = FactSheetSamples.Value().WithField("Source", $$"""{ "Url": "{{url}}", "Text": "A survey" }""");
        var context = FactSheetSamples.Context(item);

        await ValidateAsync(context);

        Assert.Equal(["IndicatorValue.Source"], context.Errors.Select(e => e.Member));
    }

    [Fact]
    public async Task ValidateAsync_ReportsFurtherSources_WhenEntryIsNotAUrl()
    {
        var item = FactSheetSamples.Value().WithField("FurtherSources", """{ "Values": ["https://example.org/a", "a newspaper"] }""");
        var context = FactSheetSamples.Context(item);

        await ValidateAsync(context);

        var error = Assert.Single(context.Errors);
        Assert.Equal("IndicatorValue.FurtherSources", error.Member);
        Assert.Contains("entry 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.5)]
    [InlineData(26210000)]
    public async Task ValidateAsync_ReportsValue_WhenPercentageIsOutside0To100(double value)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Value(value: (decimal)value));

        await ValidateAsync(context);

        var error = Assert.Single(context.Errors);
        Assert.Equal("IndicatorValue.Value", error.Member);
        Assert.Contains("percent", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public async Task ValidateAsync_AcceptsValue_WhenPercentageIsAtItsBounds(int value)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Value(value: value));

        await ValidateAsync(context);

        Assert.Empty(context.Errors);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-3)]
    public async Task ValidateAsync_ReportsValue_WhenCountIsNotAWholeNumberOrIsNegative(double value)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Value(listId: FactSheetStore.CountIndicator, value: (decimal)value));

        await ValidateAsync(context);

        Assert.Equal(["IndicatorValue.Value"], context.Errors.Select(e => e.Member));
    }

    [Fact]
    public async Task ValidateAsync_ReportsList_WhenContainedPartIsMissing()
    {
        var item = FactSheetSamples.Value();
        item.Data.Remove("ContainedPart");
        var context = FactSheetSamples.Context(item);

        await ValidateAsync(context);

        var error = Assert.Single(context.Errors);
        Assert.Equal("ContainedPart.ListContentItemId", error.Member);
        Assert.Contains("belongs to an indicator", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("indicatornone")]
    [InlineData("not an id")]
    [InlineData(FactSheetStore.Chapter)]
    public async Task ValidateAsync_ReportsList_WhenContainerIsNoIndicator(string listId)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Value(listId: listId));

        await ValidateAsync(context);

        Assert.Equal(["ContainedPart.ListContentItemId"], context.Errors.Select(e => e.Member));
    }

    [Fact]
    public async Task ValidateAsync_ChecksContainer_WhenItemIsImported()
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Value(listId: "indicatornone"), imported: true);

        await ValidateAsync(context);

        Assert.Equal(["ContainedPart.ListContentItemId"], context.Errors.Select(e => e.Member));
    }

    [Theory]
    [InlineData("2021-23")]
    [InlineData("Jan-Jun 2025")]
    [InlineData("2025-06/2025-01")]
    public async Task ValidateAsync_ReportsPeriod_WhenFormatIsUnknown(string period)
    {
        var item = FactSheetSamples.Value().WithField("Period", $$"""{ "Text": "{{period}}" }""");
        var context = FactSheetSamples.Context(item);

        await ValidateAsync(context);

        var error = Assert.Single(context.Errors);
        Assert.Equal("IndicatorValue.Period", error.Member);
        Assert.Contains("2021-22", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_IgnoresItem_WhenTypeIsNotIndicatorValue()
    {
        var item = FactSheetSamples.Value();
        item.ContentType = "Page";
        var context = FactSheetSamples.Context(item);

        await ValidateAsync(context);

        Assert.Empty(context.Errors);
    }

    private async Task ValidateAsync(ContentValidationContext context)
    {
        await using var db = store.Open();
        await new IndicatorValueValidator(new ContentReader(db)).ValidateAsync(context, CancellationToken.None);
    }
}
