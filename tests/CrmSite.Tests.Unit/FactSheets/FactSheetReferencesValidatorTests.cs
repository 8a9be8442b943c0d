using CrmSite.Content.Management;
using CrmSite.FactSheets.ContentTypes;

namespace CrmSite.Tests.Unit.FactSheets;

public sealed class FactSheetReferencesValidatorTests(FactSheetStore store) : IClassFixture<FactSheetStore>
{
    [Fact]
    public async Task ValidateAsync_FindsNoError_WhenPickedItemsExistAndTermIsNested()
    {
        var context = FactSheetSamples.Context(FactSheetSamples.FactSheet());

        await ValidateAsync(context);

        Assert.Empty(context.Errors);
    }

    [Theory]
    [InlineData("chapternone")]
    [InlineData(FactSheetStore.PercentIndicator)]
    public async Task ValidateAsync_ReportsChapter_WhenPickedItemIsNoChapter(string id)
    {
        var item = FactSheetSamples.FactSheet().WithField("Chapter", $$"""{ "ContentItemIds": ["{{id}}"] }""");
        var context = FactSheetSamples.Context(item);

        await ValidateAsync(context);

        var error = Assert.Single(context.Errors);
        Assert.Equal("FactSheet.Chapter", error.Member);
        Assert.StartsWith("Geography:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_ReportsIndicators_WhenPickedItemIsNoIndicator()
    {
        var item = FactSheetSamples.FactSheet().WithField("Indicators", $$"""{ "ContentItemIds": ["{{FactSheetStore.Chapter}}"] }""");
        var context = FactSheetSamples.Context(item);

        await ValidateAsync(context);

        Assert.Equal(["FactSheet.Indicators"], context.Errors.Select(e => e.Member));
    }

    [Fact]
    public async Task ValidateAsync_ReportsTopics_WhenTermIsNotInTheTaxonomy()
    {
        var item = FactSheetSamples.FactSheet().WithField("Topics",
            """{ "TaxonomyContentItemId": "taxonomytopics", "TermContentItemIds": ["topiceducation", "topicweather"] }""");
        var context = FactSheetSamples.Context(item);

        await ValidateAsync(context);

        var error = Assert.Single(context.Errors);
        Assert.Equal("FactSheet.Topics", error.Member);
        Assert.Contains("topicweather", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_ReportsTopics_WhenTermsComeFromAnotherTaxonomy()
    {
        var item = FactSheetSamples.FactSheet().WithField("Topics",
            """{ "TaxonomyContentItemId": "taxonomytags", "TermContentItemIds": ["topiceducation"] }""");
        var context = FactSheetSamples.Context(item);

        await ValidateAsync(context);

        Assert.Equal(["FactSheet.Topics"], context.Errors.Select(e => e.Member));
    }

    [Fact]
    public async Task ValidateAsync_SkipsPickers_WhenItemIsImported()
    {
        var item = FactSheetSamples.FactSheet().WithField("Chapter", """{ "ContentItemIds": ["chapterfromlaterrecipe"] }""");
        var context = FactSheetSamples.Context(item, imported: true);

        await ValidateAsync(context);

        Assert.Empty(context.Errors);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ValidateAsync_ReportsCulture_WhenSetAlreadyHasASheetInThatCulture(bool imported)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.FactSheet("factsheetsecond", "en", FactSheetStore.SharedSet), imported);

        await ValidateAsync(context);

        var error = Assert.Single(context.Errors);
        Assert.Equal("LocalizationPart.Culture", error.Member);
        Assert.Contains(FactSheetStore.EnglishSheet, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("factsheeturdu", "ur")]
    [InlineData(FactSheetStore.EnglishSheet, "en")]
    public async Task ValidateAsync_FindsNoError_WhenSheetIsATranslationOrTheSameSheet(string id, string culture)
    {
        var context = FactSheetSamples.Context(FactSheetSamples.FactSheet(id, culture, FactSheetStore.SharedSet));

        await ValidateAsync(context);

        Assert.Empty(context.Errors);
    }

    private async Task ValidateAsync(ContentValidationContext context)
    {
        await using var db = store.Open();
        await new FactSheetReferencesValidator(new ContentReader(db)).ValidateAsync(context, CancellationToken.None);
    }
}
