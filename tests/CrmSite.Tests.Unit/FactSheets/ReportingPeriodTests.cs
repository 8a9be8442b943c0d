using CrmSite.FactSheets.ContentTypes;

namespace CrmSite.Tests.Unit.FactSheets;

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData("2018")]
    [InlineData("2021-22")]
    [InlineData("1999-00")]
    [InlineData("2025-01/2025-06")]
    [InlineData("2024-11/2025-02")]
    public void IsValid_ReturnsTrue_WhenPeriodHasAKnownFormat(string period)
    {
        var valid = ReportingPeriod.IsValid(period);

        Assert.True(valid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("18")]
    [InlineData("2021-23")]
    [InlineData("2025-06")]
    [InlineData("2025-13/2025-14")]
    [InlineData("2025-06/2025-01")]
    [InlineData("1850")]
    [InlineData("Jan-Jun 2025")]
    [InlineData("2021-22 ")]
    public void IsValid_ReturnsFalse_WhenPeriodHasNoKnownFormat(string period)
    {
        var valid = ReportingPeriod.IsValid(period);

        Assert.False(valid);
    }
}
