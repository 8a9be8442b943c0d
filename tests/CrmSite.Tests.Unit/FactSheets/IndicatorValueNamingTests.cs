using CrmSite.Content.Definitions;
using CrmSite.Content.Management;
using CrmSite.Content.Store;
using CrmSite.FactSheets.ContentTypes;

namespace CrmSite.Tests.Unit.FactSheets;

public sealed class IndicatorValueNamingTests(FactSheetStore store) : IClassFixture<FactSheetStore>
{
    [Fact]
    public async Task CreatingAsync_NamesValue_AfterIndicatorGeographyPeriodAndBreakdown()
    {
        var item = FactSheetSamples.Value().WithField("Sex", """{ "Text": "girls" }""");
        item.DisplayText = null;

        await CreatingAsync(new ContentContext(item, FactSheetSamples.Document.FindType("IndicatorValue")));

        Assert.Equal("indicatorpercent: Punjab, 2021-22, Girls", item.DisplayText);
    }

    [Fact]
    public async Task CreatingAsync_KeepsName_WhenValueHasOne()
    {
        var item = FactSheetSamples.Value();
        item.DisplayText = "Child labour: Punjab, 2019-20";

        await CreatingAsync(new ContentContext(item, FactSheetSamples.Document.FindType("IndicatorValue")));

        Assert.Equal("Child labour: Punjab, 2019-20", item.DisplayText);
    }

    private async Task CreatingAsync(ContentContext context)
    {
        await using var db = store.Open();
        var definitions = new ContentDefinitionManager(new DocumentStore(db), new ContentDefinitionCache());
        await new IndicatorValueNaming(new ContentReader(db), definitions).CreatingAsync(context, CancellationToken.None);
    }
}
