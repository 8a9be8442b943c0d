using CrmSite.FactSheets.ContentTypes;

namespace CrmSite.Tests.Unit.FactSheets;

public sealed class WebAddressTests
{
    [Theory]
    [InlineData("https://www.dawn.com/news/1951033/13m-children-trapped-in-child-labour-in-sindh")]
    [InlineData("http://pid.gov.pk/site/press_detail/9054")]
    [InlineData("https://pakobserver.net/?p=538294")]
    public void IsAbsoluteHttp_ReturnsTrue_WhenUrlIsHttpOrHttps(string url)
    {
        var valid = WebAddress.IsAbsoluteHttp(url);

        Assert.True(valid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("dawn.com/news/1102840")]
    [InlineData("/fact-sheets/child-labour")]
    [InlineData("mailto:info@example.org")]
    [InlineData("ftp://example.org/a")]
    [InlineData("https://")]
    [InlineData("https://example.org/a ")]
    public void IsAbsoluteHttp_ReturnsFalse_WhenUrlIsNoWebAddress(string? url)
    {
        var valid = WebAddress.IsAbsoluteHttp(url);

        Assert.False(valid);
    }
}
