using CrmSite.FactSheets.ContentTypes;

namespace CrmSite.Tests.Unit.FactSheets;

public sealed class LegalMilestoneValidatorTests
{
    private readonly LegalMilestoneValidator _validator = new();

    [Theory]
    [InlineData("2018-05-18", "day")]
    [InlineData("2017-09-01", "month")]
    [InlineData("2004-01-01", "year")]
    public async Task ValidateAsync_FindsNoError_WhenDateFitsItsPrecision(string date, string precision)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Milestone(date, precision));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Fact]
    public async Task ValidateAsync_ReportsDate_WhenItIsMissing()
    {
        var item = FactSheetSamples.Milestone().WithField("Date", """{ "Value": null }""");
        var context = FactSheetSamples.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        var error = Assert.Single(context.Errors);
        Assert.Equal("LegalMilestone.Date", error.Member);
        Assert.Contains("needs the date", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2017-09-15", "month")]
    [InlineData("2004-06-01", "year")]
    public async Task ValidateAsync_ReportsDate_WhenItClaimsMoreThanItsPrecision(string date, string precision)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Milestone(date, precision));

        await _validator.ValidateAsync(context, CancellationToken.None);

        var error = Assert.Single(context.Errors);
        Assert.Equal("LegalMilestone.Date", error.Member);
        Assert.Contains(precision, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "Text": "The act" }""")]
    [InlineData("""{ "Url": "www.example.org/act", "Text": "The act" }""")]
    public async Task ValidateAsync_ReportsSource_WhenItIsNoWebAddress(string source)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Milestone().WithField("Source", source));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(["LegalMilestone.Source"], context.Errors.Select(e => e.Member));
    }
}
