using System.Net;
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
