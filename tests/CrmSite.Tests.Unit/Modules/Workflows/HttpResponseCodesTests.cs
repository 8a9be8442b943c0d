using CrmSite.Workflows.Activities.Http;

namespace CrmSite.Tests.Unit.Modules.Workflows;

public sealed class HttpResponseCodesTests
{
    [Fact]
    public void Outcomes_AreEachCodeThenUnhandledHttpStatus_WhenCodesAreListed()
    {
        var outcomes = HttpResponseCodes.Outcomes("200, 201;404");

        Assert.Equal(["200", "201", "404", "UnhandledHttpStatus"], outcomes);
    }

    [Fact]
    public void Outcomes_Are200AndUnhandled_WhenNoCodeIsListed()
    {
        var outcomes = HttpResponseCodes.Outcomes(null);

        Assert.Equal(["200", "UnhandledHttpStatus"], outcomes);
    }

    [Theory]
    [InlineData(201, "201")]
    [InlineData(200, "200")]
    [InlineData(500, "UnhandledHttpStatus")]
    [InlineData(204, "UnhandledHttpStatus")]
    public void Outcome_IsTheListedCodeOrUnhandled_WhenAResponseArrives(int status, string expected)
    {
        var outcome = HttpResponseCodes.Outcome("200, 201", status);

        Assert.Equal(expected, outcome);
    }

    [Fact]
    public void Invalid_NamesTheFirstCodeThatIsNotAStatus_WhenOneIsNot()
    {
        var invalid = HttpResponseCodes.Invalid("200, OK, 700");
        var valid = HttpResponseCodes.Invalid("200, 201");

        Assert.Equal("OK", invalid);
        Assert.Null(valid);
    }
}
