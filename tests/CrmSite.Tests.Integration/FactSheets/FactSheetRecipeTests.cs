using CrmSite.Content.Items;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Tests.Integration.FactSheets;

public abstract class FactSheetRecipeTests(SiteFixture fixture)
{
    private static readonly Dictionary<string, int> SeededCounts = new()
    {
        ["Taxonomy"] = 1,
        ["Indicator"] = 16,
        ["IndicatorValue"] = 54,
        ["LegalMilestone"] = 17,
        ["Publication"] = 6,
        ["FactSheet"] = 10,
    };

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Import_SeedsEveryFigureOfTheRegister_WithItsSourceUrl()
    {
        await FactSheetRecipe.ImportAsync(Site);

        var values = await FactSheetRecipe.ListAsync(Site, "IndicatorValue");

        var seeded = values.ToDictionary(KeyOf);
        Assert.Equal(ExpectedFigures.All.Select(f => f.Key).Order(), seeded.Keys.Order());
        foreach (var expected in ExpectedFigures.All)
        {
            var item = seeded[expected.Key];
            Assert.Equal((expected.Key, expected.Value), (expected.Key, FactSheetRecipe.Number(item, "IndicatorValue", "Value")));
            Assert.Equal((expected.Key, expected.Url), (expected.Key, FactSheetRecipe.Text(item, "IndicatorValue", "Source", "Url")));
            Assert.False(string.IsNullOrWhiteSpace(FactSheetRecipe.Text(item, "IndicatorValue", "Source")), $"{expected.Key} names its source");
            Assert.Equal(expected.FurtherUrl is null ? [] : [expected.FurtherUrl],
                FactSheetRecipe.Texts(item, "IndicatorValue", "FurtherSources", "Values"));
        }
    }

    [SkippableFact]
    public async Task Import_SeedsTheIndicators_WithTheirUnitsAndMeasureTypes()
    {
        await FactSheetRecipe.ImportAsync(Site);

        var indicators = await FactSheetRecipe.ListAsync(Site, "Indicator");

        var seeded = indicators.Select(i => (i.ContentItemId, FactSheetRecipe.Text(i, "Indicator", "Unit"),
            FactSheetRecipe.Text(i, "Indicator", "MeasureType"))).Order().ToList();
        Assert.Equal(ExpectedFigures.Indicators.Select(i => (i.Id, (string?)i.Unit, (string?)i.MeasureType)).Order(), seeded);
        var sahil = ExpectedFigures.All.Where(f => f.Row >= 14).Select(f => f.Indicator).Distinct();
        Assert.All(sahil, id => Assert.Equal("reported-cases", ExpectedFigures.Indicators.Single(i => i.Id == id).MeasureType));
    }

    [SkippableFact]
    public async Task Import_SeedsTheLegalMilestonesAndPublications_OfTheRegister()
    {
        await FactSheetRecipe.ImportAsync(Site);

        var milestones = (await FactSheetRecipe.ListAsync(Site, "LegalMilestone")).ToDictionary(m => m.ContentItemId);
        var publications = (await FactSheetRecipe.ListAsync(Site, "Publication")).ToDictionary(p => p.ContentItemId);

        Assert.Equal(ExpectedMilestones.All.Select(m => m.Id).Order(), milestones.Keys.Order());
        foreach (var (id, _, _, date, precision, urls) in ExpectedMilestones.All)
        {
            var item = milestones[id];
            Assert.Equal((id, date), (id, FactSheetRecipe.Text(item, "LegalMilestone", "Date", "Value")));
            Assert.Equal((id, precision), (id, FactSheetRecipe.Text(item, "LegalMilestone", "DatePrecision")));
            string[] cited = [FactSheetRecipe.Text(item, "LegalMilestone", "Source", "Url")!, .. FactSheetRecipe.Texts(item, "LegalMilestone", "FurtherSources", "Values")];
            Assert.Equal(urls, cited);
        }
        Assert.Equal(ExpectedMilestones.Publications.Select(p => p.Id).Order(), publications.Keys.Order());
        foreach (var (id, _, year, kind, url) in ExpectedMilestones.Publications)
        {
            var item = publications[id];
            Assert.Equal((id, (decimal?)year, kind, url), (id, FactSheetRecipe.Number(item, "Publication", "Year"),
                FactSheetRecipe.Text(item, "Publication", "Kind"), FactSheetRecipe.Text(item, "Publication", "Link", "Url")));
        }
    }

    [SkippableFact]
    public async Task Import_SeedsNothingBeyondTheRegister()
    {
        await FactSheetRecipe.ImportAsync(Site);

        var counts = new Dictionary<string, int>();
        foreach (var type in SeededCounts.Keys)
        {
            counts[type] = (await FactSheetRecipe.ListAsync(Site, type)).Count;
        }
        var taxonomy = Assert.Single(await FactSheetRecipe.ListAsync(Site, "Taxonomy"));

        Assert.Equal(SeededCounts, counts);
        Assert.Equal("taxonomytopics", taxonomy.ContentItemId);
        var terms = taxonomy.Part("TaxonomyPart")!["Terms"]!.AsArray().Select(t => t!["DisplayText"]!.GetValue<string>());
        Assert.Equal(["Birth registration", "Child labour", "Child marriage", "Child sexual abuse", "Education",
            "Juvenile justice", "Legislation", "Nutrition"], terms.Order());
    }

    [SkippableFact]
    public async Task Import_WritesFactSheets_WithTheRegistersFiguresAndSourcesOnly()
    {
        await FactSheetRecipe.ImportAsync(Site);
        var registerNumbers = FactRegister.Numbers(FactRegister.PartA).ToHashSet();
        var registerUrls = FactRegister.Urls(FactRegister.PartA).ToHashSet();

        var sheets = await FactSheetRecipe.ListAsync(Site, "FactSheet");

        Assert.All(sheets, sheet =>
        {
            var text = FactSheetRecipe.Text(sheet, "FactSheet", "Summary") + "\n" + sheet.Part("MarkdownBodyPart")!["Markdown"]!.GetValue<string>();
            var cited = FactSheetRecipe.Texts(sheet, "FactSheet", "FurtherSources", "Values")
                .Append(FactSheetRecipe.Text(sheet, "FactSheet", "Source", "Url")!).ToHashSet();
            Assert.Empty(FactRegister.Numbers(text).Where(n => !registerNumbers.Contains(n)).Select(n => $"{sheet.ContentItemId}: {n}"));
            Assert.Empty(cited.Where(u => !registerUrls.Contains(u)).Select(u => $"{sheet.ContentItemId}: {u}"));
            Assert.NotEmpty(FactRegister.Urls(text));
            Assert.Empty(FactRegister.Urls(text).Where(u => !cited.Contains(u)).Select(u => $"{sheet.ContentItemId} links {u} without citing it"));
        });
    }

    [SkippableFact]
    public async Task Import_ChangesNothing_WhenRunAgain()
    {
        await FactSheetRecipe.ImportAsync(Site);
        var before = await StoreStateAsync();

        var again = await FactSheetRecipe.ImportAsync(Site);

        Assert.Equal(0, again.Items.GetValueOrDefault("Created"));
        Assert.Equal(0, again.Items.GetValueOrDefault("NewVersion"));
        Assert.Equal(0, again.Items.GetValueOrDefault("Replaced"));
        Assert.Equal(SeededCounts.Values.Sum(), again.Items.GetValueOrDefault("Unchanged"));
        Assert.Equal(before, await StoreStateAsync());
    }

    [SkippableFact]
    public async Task RecipesStep_ImportsTheRecipe_ByItsName()
    {
        var folder = Path.GetDirectoryName(RepositoryFiles.Recipe(FactSheetRecipe.FileName));

        var result = await Site.ImportAsync("""{ "name": "outer", "steps": [ { "name": "Recipes", "Values": [ { "name": "crm-factsheets" } ] } ] }""",
            "outer.recipe.json", folder);

        Assert.Equal(SeededCounts.Values.Sum(), result.Items.Values.Sum());
        Assert.Empty(result.Warnings);
    }

    /// <summary>
    /// Version rows, indexing tasks and the definitions' content. Not the definitions' stamp: the ContentDefinition
    /// step saves (and so stamps) the merged definitions even when they are unchanged.
    /// </summary>
    private async Task<(int Versions, int Tasks, string Definitions)> StoreStateAsync()
    {
        var (versions, _, _, tasks) = await Site.SnapshotAsync();
        var definitions = await Site.WithStoreAsync(db => db.Documents.Where(d => d.Name == "ContentDefinitions")
            .Select(d => d.Content).FirstAsync());
        return (versions, tasks, definitions);
    }

    private static string KeyOf(ContentItem value) => ExpectedFigures.Key(
        value.Part("ContainedPart")!["ListContentItemId"]!.GetValue<string>(),
        FactSheetRecipe.Text(value, "IndicatorValue", "Geography")!,
        FactSheetRecipe.Text(value, "IndicatorValue", "Period")!,
        FactSheetRecipe.Text(value, "IndicatorValue", "Sex")!,
        FactSheetRecipe.Text(value, "IndicatorValue", "AgeGroup"));
}

public sealed class FactSheetRecipeSqliteTests(SqliteSite fixture) : FactSheetRecipeTests(fixture), IClassFixture<SqliteSite>;

public sealed class FactSheetRecipePostgresTests(PostgresSite fixture) : FactSheetRecipeTests(fixture), IClassFixture<PostgresSite>;
