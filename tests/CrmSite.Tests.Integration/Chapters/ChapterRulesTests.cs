using System.Net;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Chapters;

/// <summary>The coalition's rules, as editors meet them through the content API.</summary>
public abstract class ChapterRulesTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Organization_IsRefused_WhenAGovernmentDepartmentIsSavedAsAMember()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");

        using var response = await Pages.PostAsync(admin, Organization("Social Welfare Department", "government-department", "member"));

        await Problems.AssertInvalidAsync(response, "Organization.Membership", "A government department cannot be a member");
    }

    [SkippableFact]
    public async Task Organization_IsSaved_WhenAGovernmentDepartmentIsRecordedForCoordination()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");

        using var department = await Pages.PostAsync(admin, Organization("Social Welfare Department", "government-department", "coordination"));
        using var ngo = await Pages.PostAsync(admin, Organization("A member NGO", "ngo", "member"));

        Assert.Equal(HttpStatusCode.Created, department.StatusCode);
        Assert.Equal(HttpStatusCode.Created, ngo.StatusCode);
    }

    [SkippableFact]
    public async Task Organization_IsRefused_WhenKindIsNotOneOfTheList()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");

        using var response = await Pages.PostAsync(admin, Organization("Somebody", "company", "member"));

        await Problems.AssertInvalidAsync(response, "Organization.Kind", "'company' is not one of the allowed values");
    }

    [SkippableFact]
    public async Task Member_IsRefused_WhenContactDetailsAreMalformed()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        var member = Member("A. Lawyer");
        member["Member"]!["Email"] = new JsonObject { ["Text"] = "not-an-address" };
        member["Member"]!["Phone"] = new JsonObject { ["Text"] = "call me" };

        using var response = await Pages.PostAsync(admin, member);

        await Problems.AssertInvalidAsync(response, ("Member.Email", "is not an e-mail address"), ("Member.Phone", "is not a phone number"));
    }

    [SkippableFact]
    public async Task Chapter_IsRefused_WhenItsCodeIsTaken()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        var copy = new JsonObject
        {
            ["ContentType"] = "Chapter",
            ["TitlePart"] = new JsonObject { ["Title"] = "Another Sindh chapter" },
            ["AutoroutePart"] = new JsonObject { ["Path"] = "chapters/sindh-2" },
            ["Chapter"] = new JsonObject
            {
                ["UrduName"] = new JsonObject { ["Text"] = "سندھ" },
                ["Code"] = new JsonObject { ["Text"] = "sindh" },
                ["Kind"] = new JsonObject { ["Text"] = "province" },
                ["Status"] = new JsonObject { ["Text"] = "active" },
                ["Source"] = new JsonObject { ["Url"] = "https://example.org/", ["Text"] = "x" },
            },
        };

        using var response = await Pages.PostAsync(admin, copy);

        await Problems.AssertInvalidAsync(response, "Chapter.Code", "Code 'sindh' is already used by chapter 'Sindh chapter'");
    }

    [SkippableFact]
    public async Task Chapter_IsRefused_WhenHistoricalWithoutTheChapterItMergedInto()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        var chapter = NewChapter("Old region", "fata");
        chapter["Chapter"]!["Status"] = new JsonObject { ["Text"] = "historical" };

        using var response = await Pages.PostAsync(admin, chapter);

        await Problems.AssertInvalidAsync(response, "Chapter.MergedInto", "names the chapter its area is now part of");
    }

    [SkippableFact]
    public async Task Chapter_IsRefused_WhenItsCodeHoldsNul()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");

        using var response = await Pages.PostAsync(admin, NewChapter("Odd", "sin\0dh"));

        await Problems.AssertInvalidAsync(response, "Chapter.Code", "is not one of the allowed values");
    }

    private static JsonObject NewChapter(string title, string code) => new()
    {
        ["ContentType"] = "Chapter",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["Chapter"] = new JsonObject
        {
            ["UrduName"] = new JsonObject { ["Text"] = "نام" },
            ["Code"] = new JsonObject { ["Text"] = code },
            ["Kind"] = new JsonObject { ["Text"] = "region" },
            ["Status"] = new JsonObject { ["Text"] = "active" },
            ["Source"] = new JsonObject { ["Url"] = "https://example.org/", ["Text"] = "x" },
        },
    };

    public static JsonObject Organization(string name, string kind, string membership) => new()
    {
        ["ContentType"] = "Organization",
        ["TitlePart"] = new JsonObject { ["Title"] = name },
        ["Organization"] = new JsonObject
        {
            ["Kind"] = new JsonObject { ["Text"] = kind },
            ["Membership"] = new JsonObject { ["Text"] = membership },
            ["Chapters"] = new JsonObject { ["ContentItemIds"] = new JsonArray("chapterpunjab") },
        },
    };

    public static JsonObject Member(string name) => new()
    {
        ["ContentType"] = "Member",
        ["TitlePart"] = new JsonObject { ["Title"] = name },
        ["Member"] = new JsonObject
        {
            ["Profession"] = new JsonObject { ["Text"] = "lawyer" },
            ["Chapters"] = new JsonObject { ["ContentItemIds"] = new JsonArray("chapterpunjab") },
            ["Email"] = new JsonObject { ["Text"] = "member@example.org" },
            ["Phone"] = new JsonObject { ["Text"] = "+92 300 1234567" },
            ["Address"] = new JsonObject { ["Text"] = "Lahore" },
        },
    };
}

public sealed class ChapterRulesSqliteTests(SqliteSite fixture) : ChapterRulesTests(fixture), IClassFixture<SqliteSite>;

public sealed class ChapterRulesPostgresTests(PostgresSite fixture) : ChapterRulesTests(fixture), IClassFixture<PostgresSite>;
