using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.FactSheets;

public abstract class FactSheetValidationApiTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Post_CreatesItems_WhenIndicatorValueAndFactSheetAreValid()
    {
        using var api = await AdministratorAsync();
        await FactSheetRecipe.EnsureNationalChapterAsync(Site);
        var unnamed = FactSheetItems.IndicatorValue();
        unnamed.Remove("DisplayText");

        using var value = await Pages.PostAsync(api, unnamed);
        using var sheet = await Pages.PostAsync(api, FactSheetItems.FactSheet());

        Assert.Equal(HttpStatusCode.Created, value.StatusCode);
        Assert.Equal(HttpStatusCode.Created, sheet.StatusCode);
        var created = await value.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Stunting: Punjab, 2018, Under 5", created!["DisplayText"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Post_Returns422NamingSource_WhenIndicatorValueHasNoSourceUrl()
    {
        using var api = await AdministratorAsync();
        var item = FactSheetItems.IndicatorValue().With("Source", new JsonObject { ["Text"] = "A survey" });

        var errors = await PostInvalidAsync(api, item);

        Assert.Contains(errors["IndicatorValue.Source"]!.AsArray(), e => e!.GetValue<string>().Contains("URL", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Post_Returns422NamingValue_WhenPercentageIsAbove100()
    {
        using var api = await AdministratorAsync();

        var errors = await PostInvalidAsync(api, FactSheetItems.IndicatorValue(value: 140));

        Assert.Equal(["IndicatorValue.Value"], errors.Select(e => e.Key));
    }

    [SkippableFact]
    public async Task Post_Returns422NamingList_WhenIndicatorValueIsNotInAnIndicator()
    {
        using var api = await AdministratorAsync();

        var errors = await PostInvalidAsync(api, FactSheetItems.IndicatorValue(indicator: "factsheetnutrition"));

        Assert.Equal(["ContainedPart.ListContentItemId"], errors.Select(e => e.Key));
    }

    [SkippableFact]
    public async Task Post_Returns422NamingFurtherSources_WhenFactSheetCitesSomethingElseThanAUrl()
    {
        using var api = await AdministratorAsync();
        await FactSheetRecipe.EnsureNationalChapterAsync(Site);
        var item = FactSheetItems.FactSheet().With("FurtherSources",
            new JsonObject { ["Values"] = new JsonArray("https://example.org/copy", "Dawn, 29 April 2014") });

        var errors = await PostInvalidAsync(api, item);

        Assert.Equal(["FactSheet.FurtherSources"], errors.Select(e => e.Key));
    }

    [SkippableFact]
    public async Task Post_Returns422NamingGeography_WhenPickedChapterDoesNotExist()
    {
        using var api = await AdministratorAsync();
        var item = FactSheetItems.FactSheet().With("Chapter", new JsonObject { ["ContentItemIds"] = new JsonArray("chapternowhere") });

        var errors = await PostInvalidAsync(api, item);

        Assert.Contains(errors["FactSheet.Chapter"]!.AsArray(), e => e!.GetValue<string>().StartsWith("Geography:", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Post_Returns422NamingCulture_WhenTheSetAlreadyHasAnUrduSheet()
    {
        using var api = await AdministratorAsync();
        await FactSheetRecipe.EnsureNationalChapterAsync(Site);

        var errors = await PostInvalidAsync(api, FactSheetItems.FactSheet("ur", "setchildlabour"));

        Assert.Equal(["LocalizationPart.Culture"], errors.Select(e => e.Key));
        Assert.Contains("factsheetchildlabourur", errors["LocalizationPart.Culture"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Post_Returns422NamingDateAndSource_WhenLegalMilestoneHasNeither()
    {
        using var api = await AdministratorAsync();

        var errors = await PostInvalidAsync(api, FactSheetItems.LegalMilestone());

        Assert.Contains("LegalMilestone.Date", errors.Select(e => e.Key));
        Assert.Contains("LegalMilestone.Source", errors.Select(e => e.Key));
    }

    [SkippableFact]
    public async Task Post_Returns422NamingLink_WhenPublicationLinkIsASitePath()
    {
        using var api = await AdministratorAsync();

        var errors = await PostInvalidAsync(api, FactSheetItems.Publication("/publications/report.pdf"));

        Assert.Equal(["Publication.Link"], errors.Select(e => e.Key));
    }

    [SkippableFact]
    public async Task Post_Returns422NamingUnit_WhenAPrevalenceIsCountedInCases()
    {
        using var api = await AdministratorAsync();

        var errors = await PostInvalidAsync(api, FactSheetItems.Indicator("cases", "prevalence"));

        Assert.Equal(["Indicator.Unit"], errors.Select(e => e.Key));
    }

    private async Task<HttpClient> AdministratorAsync()
    {
        await FactSheetRecipe.ImportAsync(Site);
        return await Site.CreateApiClientAsync("Administrator");
    }

    private static async Task<JsonObject> PostInvalidAsync(HttpClient api, JsonObject item)
    {
        using var response = await Pages.PostAsync(api, item);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode} {problem}");
        return problem!["errors"]!.AsObject();
    }
}

public sealed class FactSheetValidationApiSqliteTests(SqliteSite fixture) : FactSheetValidationApiTests(fixture), IClassFixture<SqliteSite>;

public sealed class FactSheetValidationApiPostgresTests(PostgresSite fixture) : FactSheetValidationApiTests(fixture), IClassFixture<PostgresSite>;
