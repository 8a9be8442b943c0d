using CrmSite.Content.Management;
using CrmSite.FactSheets.ContentTypes;

namespace CrmSite.Tests.Unit.FactSheets;

public sealed class IndicatorValidatorTests(FactSheetStore store) : IClassFixture<FactSheetStore>
{
    [Theory]
    [InlineData("percent", "prevalence")]
    [InlineData("per-1000-live-births", "rate")]
    [InlineData("children", "count")]
    [InlineData("cases", "reported-cases")]
    [InlineData("percent", "reported-cases")]
    public async Task ValidateAsync_FindsNoError_WhenUnitSuitsMeasureType(string unit, string measureType)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Indicator("indicatornew", unit, measureType));

        await ValidateAsync(context);

        Assert.Empty(context.Errors);
    }

    [Theory]
    [InlineData("cases", "prevalence")]
    [InlineData("children", "reported-cases")]
    [InlineData("percent", "count")]
    public async Task ValidateAsync_ReportsUnit_WhenUnitDoesNotSuitMeasureType(string unit, string measureType)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Indicator("indicatornew", unit, measureType));

        await ValidateAsync(context);

        var error = Assert.Single(context.Errors);
        Assert.Equal("Indicator.Unit", error.Member);
        Assert.Contains(measureType, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_ReportsUnit_WhenPercentDoesNotFitExistingValues()
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Indicator(FactSheetStore.CountIndicator, "percent", "rate"));

        await ValidateAsync(context);

        var error = Assert.Single(context.Errors);
        Assert.Equal("Indicator.Unit", error.Member);
        Assert.Contains("26210000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_ReportsUnit_WhenCountMeetsFractionalValues()
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Indicator(FactSheetStore.PercentIndicator, "children", "count"));

        await ValidateAsync(context);

        Assert.Equal(["Indicator.Unit"], context.Errors.Select(e => e.Member));
    }

    private async Task ValidateAsync(ContentValidationContext context)
    {
        await using var db = store.Open();
        await new IndicatorValidator(new ContentReader(db)).ValidateAsync(context, CancellationToken.None);
    }
}
