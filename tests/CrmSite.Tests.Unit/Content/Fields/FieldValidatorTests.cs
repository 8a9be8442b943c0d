using CrmSite.Content.Fields;
using CrmSite.Content.Management;

namespace CrmSite.Tests.Unit.Content.Fields;

public sealed class FieldValidatorTests
{
    private readonly FieldValidator _validator = new();

    [Fact]
    public async Task ValidateAsync_FindsNoError_WhenItemIsValid()
    {
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem());

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Theory]
    [InlineData("""{ "Text": "" }""")]
    [InlineData("""{ "Text": "   " }""")]
    [InlineData("""{ "Text": null }""")]
    [InlineData("{}")]
    public async Task ValidateAsync_ReportsRequired_WhenRequiredTextIsEmpty(string field)
    {
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem().WithField("Subtitle", field));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentError("Article.Subtitle", $"Subtitle is required."), Assert.Single(context.Errors));
    }

    [Fact]
    public async Task ValidateAsync_ReportsRequired_WhenPartIsMissing()
    {
        var item = ArticleDefinitions.ValidItem();
        item.Data.Remove("Article");
        var context = ArticleDefinitions.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(["Article.Subtitle"], context.Errors.Select(e => e.Member));
    }

    [Theory]
    [InlineData("1899", "Publication year must be at least 1900.")]
    [InlineData("2101", "Publication year must be at most 2100.")]
    [InlineData("-5.5", "Publication year must be at least 1900.")]
    [InlineData("\"1800\"", "Publication year must be at least 1900.")]
    public async Task ValidateAsync_ReportsRange_WhenNumberIsOutsideMinimumAndMaximum(string value, string message)
    {
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem().WithField("Year", $$"""{ "Value": {{value}} }"""));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(ContentError.Verbatim("Article.Year", message), Assert.Single(context.Errors));
    }

    [Theory]
    [InlineData("1900")]
    [InlineData("2100")]
    [InlineData("2000.75")]
    public async Task ValidateAsync_AcceptsNumber_WhenNumberIsWithinRangeInclusive(string value)
    {
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem().WithField("Year", $$"""{ "Value": {{value}} }"""));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Theory]
    [InlineData("\"twenty\"")]
    [InlineData("true")]
    [InlineData("[2024]")]
    [InlineData("{ \"n\": 2024 }")]
    public async Task ValidateAsync_ReportsShape_WhenNumericFieldHoldsNoNumber(string value)
    {
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem().WithField("Year", $$"""{ "Value": {{value}} }"""));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentError("Article.Year", $"Publication year: 'Value' must be a number."), Assert.Single(context.Errors));
    }

    [Fact]
    public async Task ValidateAsync_ReportsShape_WhenTextFieldHoldsNumber()
    {
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem().WithField("Subtitle", """{ "Text": 42 }"""));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentError("Article.Subtitle", $"Subtitle: 'Text' must be a string."), Assert.Single(context.Errors));
    }

    [Fact]
    public async Task ValidateAsync_ReportsShape_WhenFieldIsNotAnObject()
    {
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem().WithField("Year", "2024"));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentError("Article.Year", $"Publication year must be a JSON object with a 'Value' property."), Assert.Single(context.Errors));
    }

    [Fact]
    public async Task ValidateAsync_ReportsPart_WhenPartIsNotAnObject()
    {
        var item = ArticleDefinitions.ValidItem();
        item.Data["Article"] = "text";
        var context = ArticleDefinitions.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(["Article"], context.Errors.Select(e => e.Member));
    }

    [Theory]
    [InlineData("""{ "Value": "2024-13-45" }""", "Article.EventDate")]
    [InlineData("""{ "Value": "yes" }""", "Article.Featured")]
    [InlineData("""{ "ContentItemIds": "4x2kq9r3m7vbt1hz6s8n0pcdwj" }""", "Article.Tags")]
    [InlineData("""{ "ContentItemIds": [1, 2] }""", "Article.Tags")]
    public async Task ValidateAsync_ReportsShape_WhenValueHasWrongShape(string json, string member)
    {
        var field = member["Article.".Length..];
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem().WithField(field, json));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(member, Assert.Single(context.Errors).Member);
    }

    [Fact]
    public async Task ValidateAsync_ReportsSingleValue_WhenPickerIsNotMultipleAndHasTwoIds()
    {
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem()
            .WithField("Related", """{ "ContentItemIds": ["4x2kq9r3m7vbt1hz6s8n0pcdwj", "4x2kq9r3m7vbt1hz6s8n0pcdwk"] }"""));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentError("Article.Related", $"Related takes one value only."), Assert.Single(context.Errors));
    }

    [Theory]
    [InlineData("wth-24")]
    [InlineData("WTH24")]
    [InlineData("WTH-245")]
    public async Task ValidateAsync_ReportsFormat_WhenTextDoesNotMatchPattern(string code)
    {
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem().WithField("Code", $$"""{ "Text": "{{code}}" }"""));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentError("Article.Code", $"Code does not match the expected format."), Assert.Single(context.Errors));
    }

    [Fact]
    public async Task ValidateAsync_SkipsPattern_WhenOptionalTextIsEmpty()
    {
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem().WithField("Code", """{ "Text": "" }"""));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Theory]
    [InlineData("https://example.org/a?b=c")]
    [InlineData("http://example.org")]
    [InlineData("mailto:info@example.org")]
    [InlineData("/about/team")]
    public async Task ValidateAsync_AcceptsLink_WhenUrlIsHttpMailtoOrSitePath(string url)
    {
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem().WithField("Website", $$"""{ "Url": "{{url}}" }"""));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/file")]
    [InlineData("example.org/page")]
    [InlineData("data:text/html,hi")]
    public async Task ValidateAsync_ReportsLink_WhenUrlIsNotHttpMailtoOrSitePath(string url)
    {
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem().WithField("Website", $$"""{ "Url": "{{url}}" }"""));

        await _validator.ValidateAsync(context, CancellationToken.None);

        var error = Assert.Single(context.Errors);
        Assert.Equal("Article.Website", error.Member);
        Assert.Contains(url, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/login")]
    [InlineData("/\\evil.example/login")]
    public async Task ValidateAsync_ReportsLink_WhenUrlIsProtocolRelative(string url)
    {
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem().WithField("Website", $$"""{ "Url": "{{url.Replace("\\", "\\\\", StringComparison.Ordinal)}}" }"""));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal("Article.Website", Assert.Single(context.Errors).Member);
    }

    [Fact]
    public async Task ValidateAsync_ReportsEveryBrokenField_WhenSeveralAreBroken()
    {
        var item = ArticleDefinitions.ValidItem()
            .WithField("Subtitle", """{ "Text": "" }""")
            .WithField("Year", """{ "Value": 3000 }""")
            .WithField("Code", """{ "Text": 7 }""")
            .WithField("Website", """{ "Url": "javascript:void(0)" }""");
        var context = ArticleDefinitions.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(["Article.Subtitle", "Article.Year", "Article.Code", "Article.Website"], context.Errors.Select(e => e.Member));
    }
}
