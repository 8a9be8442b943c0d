using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Seed;

/// <summary>
/// What a fresh site serves from the setup recipe: the terms of reference quoted exactly, the eight chapters with
/// their Urdu names, and dated membership counts, each checked against the source register.
/// </summary>
public abstract class SetupSeedTests(SiteFixture fixture)
{
    private const string Vision = "All children enjoying their rights";
    private const string Mission = "To create an enabling environment for children through collective advocacy on child rights issues";
    private const string ToRSource = "https://pakngos.com.pk/child-rights-movement-pakistan/";

    private static readonly string[] Objectives =
    [
        "To carry out advocacy for the purpose of institutional, policy and legislative reform",
        "To monitor the situation of children and report it to the government and the media and to monitor those actions of the Governments which have a negative impact on children",
        "To provide programme and policy guidelines to the government and donors and develop updated fact sheets on child rights and child protection.",
        "To engage in media discourse and provide information for the general public and policy makers",
    ];

    // Code, title, Urdu name, source of the Urdu name, kind, status.
    private static readonly (string Code, string Title, string Urdu, string UrduSource, string Kind, string Status)[] Chapters =
    [
        ("national", "National chapter", "قومی", "https://daily.urdupoint.com/livenews/2018-01-19/news-1377812.html", "national", "active"),
        ("punjab", "Punjab chapter", "پنجاب", "https://urdu.nayadaur.tv/26-Aug-2020/8358?version=amp", "province", "active"),
        ("sindh", "Sindh chapter", "سندھ", "https://urdu.nayadaur.tv/26-Aug-2020/8358?version=amp", "province", "active"),
        ("khyber-pakhtunkhwa", "Khyber Pakhtunkhwa chapter", "خیبرپختونخوا", "https://urdu.nayadaur.tv/26-Aug-2020/8358?version=amp", "province", "active"),
        ("balochistan", "Balochistan chapter", "بلوچستان", "https://urdu.nayadaur.tv/26-Aug-2020/8358?version=amp", "province", "active"),
        ("ajk", "Azad Jammu and Kashmir chapter", "آزاد کشمیر", "https://urdu.nayadaur.tv/26-Aug-2020/8358?version=amp", "region", "active"),
        ("gilgit-baltistan", "Gilgit-Baltistan chapter", "گلگت بلتستان", "https://urdu.nayadaur.tv/26-Aug-2020/8358?version=amp", "region", "active"),
        ("fata", "Federally Administered Tribal Areas chapter", "فاٹا", "http://election2018.arynews.tv/urdu/provinces/FATA", "region", "historical"),
    ];

    // Chapter code (empty: the whole movement), count, qualifier, year, source, and the register's wording of it.
    private static readonly (string Chapter, decimal Count, string Qualifier, decimal Year, string Url, string Register)[] Counts =
    [
        ("balochistan", 25, "exact", 2012, "https://www.dawn.com/2012/07/26/child-related-laws-in-balochistan/", "Balochistan 25 NGOs, 2012"),
        ("", 108, "exact", 2012, "http://epu-upr.org/epu-upr.org/?q=en/content/follow-pakistan-2012", "108 orgs, 2012 UPR"),
        ("punjab", 30, "exact", 2015, "https://www.dawn.com/news/1206654", "Punjab 30 orgs, 2015"),
        ("", 180, "exact", 2016, "http://www.lhrtimes.com/2016/06/18/sparc-wins-child-rights-movement-sindh-chapter/", "180 orgs, Sindh chapter ~60, 2016"),
        ("sindh", 60, "about", 2016, "http://www.lhrtimes.com/2016/06/18/sparc-wins-child-rights-movement-sindh-chapter/", "Sindh chapter ~60, 2016"),
        ("", 300, "more-than", 2017, "https://www.pakistanpressfoundation.org/pakistans-human-rights-review/", "\"more than 300\", 2017"),
    ];

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task TermsOfReference_QuotesVisionMissionAndObjectivesExactly_WithSource()
    {
        using var client = Site.CreateClient();

        var tor = (await client.GetFromJsonAsync<JsonObject>("/api/content/termsofreference"))!;

        Assert.Equal(Vision, ContentLists.Text(tor, "Vision"));
        Assert.Equal(Mission, ContentLists.Text(tor, "Mission"));
        Assert.Equal(Objectives, Enumerable.Range(1, 4).Select(i => ContentLists.Text(tor, $"Objective{i}")));
        Assert.Equal(ToRSource, ContentLists.Url(tor, "Source"));
        SourceRegister.AssertVerified(ToRSource, "terms of reference");
        Assert.Contains("\"no government department can join the movement as a member\"", ContentLists.Text(tor, "Membership"));
    }

    [SkippableFact]
    public void TermsOfReference_QuotationsAppearInTheSeedText()
    {
        var seed = File.ReadAllText(RepositoryFiles.Seed("crm-about.txt"));

        Assert.Contains($"“{Vision}”", seed);
        Assert.Contains($"“{Mission}”", seed);
        Assert.All(Objectives, o => Assert.Contains(o, seed));
        Assert.Contains("no government department can join the movement as a member", seed);
    }

    [SkippableFact]
    public async Task Chapters_AreTheEightWithUrduNamesAndSources()
    {
        using var client = Site.CreateClient();

        var chapters = await ContentLists.ListAsync(client, "Chapter");

        Assert.Equal(Chapters.Select(c => c.Code), chapters.Select(c => ContentLists.Text(c, "Code")));
        foreach (var (expected, actual) in Chapters.Zip(chapters))
        {
            Assert.Equal(expected.Title, actual["DisplayText"]!.GetValue<string>());
            Assert.Equal(expected.Urdu, ContentLists.Text(actual, "UrduName"));
            Assert.Equal(expected.UrduSource, ContentLists.Url(actual, "UrduNameSource"));
            Assert.Equal(expected.Kind, ContentLists.Text(actual, "Kind"));
            Assert.Equal(expected.Status, ContentLists.Text(actual, "Status"));
            SourceRegister.AssertVerified(ContentLists.Url(actual, "Source")!, $"source naming the {expected.Code} chapter");
            if (ContentLists.Url(actual, "TenureSource") is { } tenureSource)
            {
                SourceRegister.AssertVerified(tenureSource, $"source of the {expected.Code} tenure");
            }
            if (expected.Code != "fata")
            {
                // FATA's Urdu name and merger come from a source outside the register (its URL is checked above). The
                // national chapter's "قومی" (national) is the word as the register prints it in the NCRC Act's name.
                SourceRegister.AssertVerified(expected.Urdu, $"Urdu name of {expected.Code}");
                SourceRegister.AssertVerified(expected.UrduSource, $"source of the Urdu name of {expected.Code}");
            }
        }
        var fata = chapters.Single(c => ContentLists.Text(c, "Code") == "fata");
        Assert.Equal(["chapterkhyberpakhtunkhwa"], ContentLists.Ids(fata, "MergedInto"));
    }

    [SkippableFact]
    public async Task Organizations_AreTheSecretariatHostsTheRegisterNames_WithSources()
    {
        using var client = Site.CreateClient();

        var organizations = await ContentLists.ListAsync(client, "Organization");

        Assert.Equal(["UGOOD", "SSDO", "Idraak", "Da Hawwa Lur", "Blue Veins", "SPARC"],
            organizations.Select(o => o["DisplayText"]!.GetValue<string>()));
        foreach (var organization in organizations)
        {
            var name = organization["DisplayText"]!.GetValue<string>();
            SourceRegister.AssertVerified(name, "organisation");
            SourceRegister.AssertVerified(ContentLists.Url(organization, "Source")!, $"source naming {name}");
            Assert.Equal("member", ContentLists.Text(organization, "Membership"));
            if (ContentLists.Url(organization, "Website") is { } website)
            {
                SourceRegister.AssertVerified(website, $"website of {name}");
            }
        }
    }

    [SkippableFact]
    public async Task MembershipCounts_MatchTheRegister_EachWithItsSource()
    {
        using var client = Site.CreateClient();
        var chapterCodes = (await ContentLists.ListAsync(client, "Chapter"))
            .ToDictionary(c => c["ContentItemId"]!.GetValue<string>(), c => ContentLists.Text(c, "Code")!);

        var counts = await ContentLists.ListAsync(client, "MembershipCount");

        var actual = counts.Select(c => (
            Chapter: ContentLists.Ids(c, "Chapter") is [var id] ? chapterCodes[id] : "",
            Count: ContentLists.Number(c, "Count")!.Value,
            Qualifier: ContentLists.Text(c, "Qualifier")!,
            Year: ContentLists.Number(c, "Year")!.Value,
            Url: ContentLists.Url(c, "Source")!)).ToList();
        Assert.Equal(Counts.Select(c => (c.Chapter, c.Count, c.Qualifier, c.Year, c.Url)), actual);
        foreach (var count in Counts)
        {
            SourceRegister.AssertVerified(count.Register, "membership count");
            SourceRegister.AssertVerified(count.Url, "membership count source");
        }
    }
}

public sealed class SetupSeedSqliteTests(SqliteSite fixture) : SetupSeedTests(fixture), IClassFixture<SqliteSite>;

public sealed class SetupSeedPostgresTests(PostgresSite fixture) : SetupSeedTests(fixture), IClassFixture<PostgresSite>;
