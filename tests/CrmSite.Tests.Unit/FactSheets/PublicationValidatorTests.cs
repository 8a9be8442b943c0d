using CrmSite.FactSheets.ContentTypes;

namespace CrmSite.Tests.Unit.FactSheets;

public sealed class PublicationValidatorTests
{
    private readonly PublicationValidator _validator = new();

    [Fact]
    public async Task ValidateAsync_FindsNoError_WhenLinkIsHttps()
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Publication());

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/publications/report.pdf")]
    public async Task ValidateAsync_ReportsLink_WhenItIsNoWebAddress(string url)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.Publication(url));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(["Publication.Link"], context.Errors.Select(e => e.Member));
    }
}
