using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Fields;
using CrmSite.Content.Management;

namespace CrmSite.Tests.Unit.Content.Fields;

public sealed class PartValidatorTests
{
    private readonly PartValidator _validator = new();

    [Fact]
    public async Task ValidateAsync_FindsNoError_WhenItemIsValid()
    {
        var context = ArticleDefinitions.Context(ArticleDefinitions.ValidItem());

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Theory]
    [InlineData("TitlePart", """{ "Title": 5 }""", "TitlePart.Title")]
    [InlineData("AutoroutePart", """{ "Path": ["a"] }""", "AutoroutePart.Path")]
    public async Task ValidateAsync_ReportsShape_WhenBuiltInPropertyHasWrongType(string part, string json, string member)
    {
        var item = ArticleDefinitions.ValidItem();
        item.Data[part] = JsonNode.Parse(json);
        var context = ArticleDefinitions.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Contains(context.Errors, e => e.Member == member && e.Message.Contains("must be a string", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "Title": "" }""")]
    [InlineData("""{ "Title": "  " }""")]
    [InlineData("{}")]
    public async Task ValidateAsync_ReportsTitle_WhenTitleIsEditableRequiredAndEmpty(string titlePart)
    {
        var item = ArticleDefinitions.ValidItem();
        item.Data["TitlePart"] = JsonNode.Parse(titlePart);
        var context = ArticleDefinitions.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentError("TitlePart.Title", $"A title is required."), Assert.Single(context.Errors));
    }

    [Fact]
    public async Task ValidateAsync_ReportsTitle_WhenOptionsIsNumericEditableRequired()
    {
        var item = ArticleDefinitions.ValidItem();
        item.Data.Remove("TitlePart");
        var context = new ContentValidationContext(item, TypeWithTitleOptions("3"), ArticleDefinitions.Document);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(["TitlePart.Title"], context.Errors.Select(e => e.Member));
    }

    [Theory]
    [InlineData("\"Editable\"")]
    [InlineData("0")]
    [InlineData("null")]
    public async Task ValidateAsync_AcceptsMissingTitle_WhenTitleIsNotRequired(string options)
    {
        var item = ArticleDefinitions.ValidItem();
        item.Data.Remove("TitlePart");
        var context = new ContentValidationContext(item, TypeWithTitleOptions(options), ArticleDefinitions.Document);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Theory]
    [InlineData("/news/weather", "The path must not start or end with '/'.")]
    [InlineData("news/weather/", "The path must not start or end with '/'.")]
    [InlineData("news/rain and sun", "The path must not contain ' '.")]
    [InlineData("news/weather?page=2", "The path must not contain '?'.")]
    [InlineData("news/50%", "The path must not contain '%'.")]
    [InlineData("news#top", "The path must not contain '#'.")]
    public async Task ValidateAsync_ReportsPath_WhenPathHasLeadingSlashOrForbiddenCharacter(string path, string message)
    {
        var item = ArticleDefinitions.ValidItem();
        item.Part("AutoroutePart")!["Path"] = path;
        var context = ArticleDefinitions.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(ContentError.Verbatim("AutoroutePart.Path", message), Assert.Single(context.Errors));
    }

    [Theory]
    [InlineData("news/2024/موسم")]
    [InlineData("a-b_c.d~e")]
    [InlineData("")]
    public async Task ValidateAsync_AcceptsPath_WhenPathUsesAllowedCharacters(string path)
    {
        var item = ArticleDefinitions.ValidItem();
        item.Part("AutoroutePart")!["Path"] = path;
        var context = ArticleDefinitions.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Fact]
    public async Task ValidateAsync_ReportsLength_WhenPathIsLongerThan1024()
    {
        var item = ArticleDefinitions.ValidItem();
        item.Part("AutoroutePart")!["Path"] = new string('a', 1025);
        var context = ArticleDefinitions.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal("The path is longer than 1024 characters.", Assert.Single(context.Errors).Message);
    }

    [Theory]
    [InlineData("xx-YY")]
    [InlineData("english")]
    public async Task ValidateAsync_ReportsCulture_WhenCultureIsNotKnown(string culture)
    {
        var item = ArticleDefinitions.ValidItem();
        item.Part("LocalizationPart")!["Culture"] = culture;
        var context = ArticleDefinitions.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        var error = Assert.Single(context.Errors);
        Assert.Equal("LocalizationPart.Culture", error.Member);
        Assert.Contains($"'{culture}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en_US")]
    [InlineData("ur_PK")]
    public async Task ValidateAsync_ReportsCulture_WhenCultureIsNotCanonical(string culture)
    {
        var item = ArticleDefinitions.ValidItem();
        item.Part("LocalizationPart")!["Culture"] = culture;
        var context = ArticleDefinitions.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal("LocalizationPart.Culture", Assert.Single(context.Errors).Member);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ur-PK")]
    [InlineData("fr-CA")]
    public async Task ValidateAsync_AcceptsCulture_WhenCultureIsKnown(string culture)
    {
        var item = ArticleDefinitions.ValidItem();
        item.Part("LocalizationPart")!["Culture"] = culture;
        var context = ArticleDefinitions.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Fact]
    public async Task ValidateAsync_ReportsListId_WhenContainedPartIdIsMalformed()
    {
        var item = ArticleDefinitions.ValidItem();
        item.Part("ContainedPart")!["ListContentItemId"] = "list-1";
        var context = ArticleDefinitions.Context(item);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal("ContainedPart.ListContentItemId", Assert.Single(context.Errors).Member);
    }

    [Fact]
    public async Task Validators_ReportAllErrorsAtOnce_WhenFieldsAndPartsAreBroken()
    {
        var item = ArticleDefinitions.ValidItem()
            .WithField("Year", """{ "Value": 1066 }""")
            .WithField("Related", """{ "ContentItemIds": ["4x2kq9r3m7vbt1hz6s8n0pcdwj", "4x2kq9r3m7vbt1hz6s8n0pcdwk"] }""");
        item.Part("TitlePart")!["Title"] = "";
        item.Part("AutoroutePart")!["Path"] = "/news";
        item.Part("LocalizationPart")!["Culture"] = "zz-ZZ";
        var validation = new ContentValidation([new FieldValidator(), _validator]);

        var errors = await validation.ValidateAsync(item, ArticleDefinitions.Type, ArticleDefinitions.Document, CancellationToken.None);

        Assert.Equal(
            ["Article.Year", "Article.Related", "TitlePart.Title", "AutoroutePart.Path", "LocalizationPart.Culture"],
            errors.Select(e => e.Member));
    }

    private static ContentTypeDefinition TypeWithTitleOptions(string options) => new()
    {
        Name = "Article",
        Parts =
        [
            new ContentTypePartDefinition
            {
                PartName = "TitlePart",
                Name = "TitlePart",
                Settings = JsonNode.Parse($$"""{ "TitlePartSettings": { "Options": {{options}} } }""")!.AsObject(),
            },
        ],
    };
}
