using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Secretariats;

/// <summary>Secretariat terms and election results, as election officers meet their rules through the content API.</summary>
public abstract class SecretariatRulesTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Term_IsRefused_WhenItOverlapsAnotherTermOfTheChapter()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");

        // SSDO's seeded term for 2022 runs from 1 January to 31 December 2022.
        using var response = await Pages.PostAsync(admin, Term("chapternational", "orgugood", "2022-06-01", "2023-05-31"));

        await Problems.AssertInvalidAsync(response, "SecretariatTerm.Start", "overlaps the term 'SSDO: National Secretariat for 2022'");
    }

    [SkippableFact]
    public async Task Term_IsSaved_WhenItFollowsTheLastTerm()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");

        using var response = await Pages.PostAsync(admin, Term("chapterpunjab", "orgsparc", "2030-01-01", "2030-12-31"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [SkippableFact]
    public async Task Term_IsRefused_WhenItEndsBeforeItStarts()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");

        using var response = await Pages.PostAsync(admin, Term("chapterbalochistan", "orgugood", "2024-06-01", "2023-06-01"));

        await Problems.AssertInvalidAsync(response, "SecretariatTerm.End", "The term ends (2023-06-01) before it starts (2024-06-01)");
    }

    [SkippableFact]
    public async Task Term_IsRefused_WhenVotesForTheHostExceedVotesCast()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        var term = Term("chapterajk", "orgugood", "2031-01-01", "2031-12-31");
        term["SecretariatTerm"]!["VotesCast"] = new JsonObject { ["Value"] = 5 };
        term["SecretariatTerm"]!["VotesForHost"] = new JsonObject { ["Value"] = 9 };

        using var response = await Pages.PostAsync(admin, term);

        await Problems.AssertInvalidAsync(response, "SecretariatTerm.VotesForHost", "cannot exceed VotesCast");
    }

    [SkippableFact]
    public async Task Term_IsRefused_WhenItHasNoDate()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        var term = Term("chapterajk", "orgugood", "2031-01-01", "2031-12-31");
        term["SecretariatTerm"]!.AsObject().Remove("Start");
        term["SecretariatTerm"]!.AsObject().Remove("End");

        using var response = await Pages.PostAsync(admin, term);

        await Problems.AssertInvalidAsync(response, "SecretariatTerm.Start", "A term needs a Start or an End date");
    }

    [SkippableFact]
    public async Task Term_IsRefused_WhenTheHostIsNotAMemberOrganisation()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        var member = await Pages.CreateAsync(admin, Chapters.ChapterRulesTests.Member("An individual"));
        var department = await Pages.CreateAsync(admin, Chapters.ChapterRulesTests.Organization("Labour Department", "government-department", "coordination"));

        using var byMember = await Pages.PostAsync(admin, Term("chapterajk", Pages.Id(member), "2032-01-01", "2032-12-31"));
        using var byDepartment = await Pages.PostAsync(admin, Term("chapterajk", Pages.Id(department), "2033-01-01", "2033-12-31"));

        // The message does not tell that the id is a Member: it is answered as no organisation at all.
        await Problems.AssertInvalidAsync(byMember, "SecretariatTerm.HostOrganization", $"There is no organisation '{Pages.Id(member)}'");
        await Problems.AssertInvalidAsync(byDepartment, "SecretariatTerm.HostOrganization", "'Labour Department' is not a member organisation");
    }

    [SkippableFact]
    public async Task Term_IsRefused_WhenTheChapterIdHoldsNul()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");

        using var response = await Pages.PostAsync(admin, Term("chapter\0ajk", "orgugood", "2034-01-01", "2034-12-31"));

        await Problems.AssertInvalidAsync(response, "SecretariatTerm.Chapter", "is not a content item id");
    }

    [SkippableFact]
    public async Task Secretariat_ShowsACurrentHost_OnlyForAPublishedTermCoveringToday()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        using var anonymous = Site.CreateClient();
        var today = DateTime.UtcNow;
        var start = today.AddYears(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var end = today.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await Pages.CreateAsync(admin, Term("chaptergilgitbaltistan", "orgsparc", start, end), draft: true);
        var whileDraft = (await anonymous.GetFromJsonAsync<JsonObject>("/api/secretariats/gilgit-baltistan"))!;
        await Pages.CreateAsync(admin, Term("chapterbalochistan", "orgsparc", start, end));
        var published = (await anonymous.GetFromJsonAsync<JsonObject>("/api/secretariats/balochistan"))!;

        Assert.Equal("not yet reported", whileDraft["hostStatus"]!.GetValue<string>());
        Assert.Empty(whileDraft["terms"]!.AsArray());
        Assert.Equal("current", published["hostStatus"]!.GetValue<string>());
        Assert.Equal("SPARC", published["currentHost"]!["displayText"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Secretariat_IsRefused_WhenTheChapterHasOne()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        var second = new JsonObject
        {
            ["ContentType"] = "Secretariat",
            ["TitlePart"] = new JsonObject { ["Title"] = "Second Sindh Secretariat" },
            ["Secretariat"] = new JsonObject { ["Chapter"] = new JsonObject { ["ContentItemIds"] = new JsonArray("chaptersindh") } },
        };

        using var response = await Pages.PostAsync(admin, second);

        await Problems.AssertInvalidAsync(response, "Secretariat.Chapter", "already has a secretariat ('Sindh Secretariat'");
    }

    [SkippableFact]
    public async Task ElectionResult_IsHiddenFromVisitors_UntilPublished()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        var draft = await Pages.CreateAsync(admin, ElectionResult("2032-01-01", "2032-12-31"), draft: true);
        var id = Pages.Id(draft);
        using var anonymous = Site.CreateClient();

        using var before = await anonymous.GetAsync($"/api/content/{id}");
        using var beforeLatest = await anonymous.GetAsync($"/api/content/{id}?status=latest");
        var listedBefore = await ContentLists.ListAsync(anonymous, "ElectionResult");
        using var publish = await admin.PostAsync($"/api/content/{id}/publish", null);
        using var after = await anonymous.GetAsync($"/api/content/{id}");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, beforeLatest.StatusCode);
        Assert.DoesNotContain(listedBefore, r => r["ContentItemId"]!.GetValue<string>() == id);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [SkippableFact]
    public async Task ElectionResult_IsRefused_WhenVotesForTheElectedExceedVotesCast()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        var result = ElectionResult("2035-01-01", "2035-12-31");
        result["ElectionResult"]!["VotesCast"] = new JsonObject { ["Value"] = 13 };
        result["ElectionResult"]!["VotesForElected"] = new JsonObject { ["Value"] = 14 };

        using var response = await Pages.PostAsync(admin, result, draft: true);

        await Problems.AssertInvalidAsync(response, "ElectionResult.VotesForElected", "cannot exceed VotesCast");
    }

    [SkippableFact]
    public async Task ElectionResult_IsRefused_WhenItsTermEndsBeforeItStarts()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");

        using var response = await Pages.PostAsync(admin, ElectionResult("2033-12-31", "2033-01-01"), draft: true);

        await Problems.AssertInvalidAsync(response, "ElectionResult.TermEnd", "before it starts");
    }

    private static JsonObject Term(string chapter, string host, string start, string end) => new()
    {
        ["ContentType"] = "SecretariatTerm",
        ["TitlePart"] = new JsonObject { ["Title"] = $"Term {start}" },
        ["SecretariatTerm"] = new JsonObject
        {
            ["Chapter"] = new JsonObject { ["ContentItemIds"] = new JsonArray(chapter) },
            ["HostOrganization"] = new JsonObject { ["ContentItemIds"] = new JsonArray(host) },
            ["Start"] = new JsonObject { ["Value"] = start + "T00:00:00Z" },
            ["End"] = new JsonObject { ["Value"] = end + "T00:00:00Z" },
            ["DatePrecision"] = new JsonObject { ["Text"] = "day" },
            ["Method"] = new JsonObject { ["Text"] = "elected-by-vote" },
            ["Source"] = new JsonObject { ["Url"] = "https://example.org/minutes", ["Text"] = "Minutes" },
        },
    };

    private static JsonObject ElectionResult(string start, string end) => new()
    {
        ["ContentType"] = "ElectionResult",
        ["TitlePart"] = new JsonObject { ["Title"] = $"Election for {start}" },
        ["ElectionResult"] = new JsonObject
        {
            ["Chapter"] = new JsonObject { ["ContentItemIds"] = new JsonArray("chapterbalochistan") },
            ["ElectedOrganization"] = new JsonObject { ["ContentItemIds"] = new JsonArray("orgugood") },
            ["TermStart"] = new JsonObject { ["Value"] = start + "T00:00:00Z" },
            ["TermEnd"] = new JsonObject { ["Value"] = end + "T00:00:00Z" },
            ["Method"] = new JsonObject { ["Text"] = "elected-by-vote" },
        },
    };
}

public sealed class SecretariatRulesSqliteTests(SqliteSite fixture) : SecretariatRulesTests(fixture), IClassFixture<SqliteSite>;

public sealed class SecretariatRulesPostgresTests(PostgresSite fixture) : SecretariatRulesTests(fixture), IClassFixture<PostgresSite>;
