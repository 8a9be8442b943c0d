using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.FactSheets;

public abstract class FactSheetTranslationTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    /// <summary>Each Urdu sheet, its English version, and the Urdu term of crm-facts A7 its title uses.</summary>
    public static TheoryData<string, string, string> Translations => new()
    {
        { "factsheeteducationur", "factsheeteducation", "اسکول سے باہر" },
        { "factsheetchildlabourur", "factsheetchildlabour", "چائلڈ لیبر" },
        { "factsheetchildmarriageur", "factsheetchildmarriage", "کم عمری کی شادی" },
    };

    [SkippableTheory]
    [MemberData(nameof(Translations))]
    public async Task Get_ReturnsUrduSheet_InTheLocalizationSetOfItsEnglishVersion(string urduId, string englishId, string term)
    {
        await FactSheetRecipe.ImportAsync(Site);
        using var anonymous = Site.CreateClient();

        var urdu = await GetAsync(anonymous, urduId);
        var english = await GetAsync(anonymous, englishId);

        Assert.Equal("ur", urdu["LocalizationPart"]!["Culture"]!.GetValue<string>());
        Assert.Equal("en", english["LocalizationPart"]!["Culture"]!.GetValue<string>());
        Assert.Equal(english["LocalizationPart"]!["LocalizationSet"]!.GetValue<string>(),
            urdu["LocalizationPart"]!["LocalizationSet"]!.GetValue<string>());
        Assert.Contains(term, urdu["TitlePart"]!["Title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(term, FactRegister.Section("A7").Single(l => l.Contains(term, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(english["FactSheet"]!["Topics"]!.ToJsonString(), urdu["FactSheet"]!["Topics"]!.ToJsonString());
    }

    private static async Task<JsonObject> GetAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync($"/api/content/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}

public sealed class FactSheetTranslationSqliteTests(SqliteSite fixture) : FactSheetTranslationTests(fixture), IClassFixture<SqliteSite>;

public sealed class FactSheetTranslationPostgresTests(PostgresSite fixture) : FactSheetTranslationTests(fixture), IClassFixture<PostgresSite>;
