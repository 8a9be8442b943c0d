using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Tests.Integration.Admin;

/// <summary>
/// <c>/admin/content/{type}</c>: who may list what (own items only for authors, nothing of restricted types), the
/// filters against what the store holds, paging, and bad filters answered beside their field.
/// </summary>
public abstract partial class ContentListPageTests(SiteFixture<ClockSite> fixture)
{
    private ClockSite Site => fixture.Site;

    [SkippableFact]
    public async Task Lists_NeedTheAdminPanel_AndShowOnlyTypesTheCallerMayPreview()
    {
        using var anonymous = SignInPages.Browser(Site);
        using var editor = await SignedInAsync("Editor");
        using var membership = await SignedInAsync("Editor", "MembershipOfficer");

        using var anonymousList = await anonymous.GetAsync("/admin/content/FactSheet");
        var types = await editor.GetStringAsync("/admin/content");
        using var members = await editor.GetAsync("/admin/content/Member");
        using var membersAllowed = await membership.GetAsync("/admin/content/Member");
        using var unknown = await editor.GetAsync("/admin/content/NoSuchType");

        Assert.Equal(HttpStatusCode.Redirect, anonymousList.StatusCode);
        Assert.Contains("href=\"/admin/content/FactSheet\"", types, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/content/Member\"", types, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, members.StatusCode);
        Assert.Equal(HttpStatusCode.OK, membersAllowed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [SkippableFact]
    public async Task Filters_ShowWhatTheStoreHolds_ForChapterCultureTextAndStatus()
    {
        using var editor = await SignedInAsync("Editor");
        // Every seeded fact sheet is the national chapter's; none is Punjab's.
        var national = await Site.WithStoreAsync(db => db.FieldIndex.Where(f => f.ContentType == "FactSheet" && f.PartName == "FactSheet" && f.FieldName == "Chapter"
            && f.Text == "chapternational").Join(db.ContentItems.Where(v => v.Latest), f => f.ContentItemVersionId, v => v.ContentItemVersionId, (f, v) => v.DisplayText!)
            .Distinct().ToListAsync());
        var urdu = await Site.WithStoreAsync(db => db.FieldIndex.CountAsync(f => f.ContentType == "FactSheet" && f.PartName == "LocalizationPart" && f.FieldName == "Culture"
            && f.Text == "ur" && db.ContentItems.Any(v => v.Latest && v.ContentItemVersionId == f.ContentItemVersionId)));
        using var api = await Site.CreateApiClientAsync("Editor");
        var draft = await Pages.CreateAsync(api, "A draft only the list of drafts shows", draft: true);

        var byChapter = await editor.GetStringAsync("/admin/content/FactSheet?chapter=chapternational");
        var otherChapter = await editor.GetStringAsync("/admin/content/FactSheet?chapter=chapterpunjab");
        var byCulture = await editor.GetStringAsync("/admin/content/FactSheet?culture=ur");
        var byText = await editor.GetStringAsync("/admin/content/Page?q=ONLY+THE+LIST&status=draft");
        var published = await editor.GetStringAsync("/admin/content/Page?q=only+the+list&status=published");

        Assert.NotEmpty(national);
        Assert.Equal(national.Order(StringComparer.Ordinal), Titles(byChapter).Order(StringComparer.Ordinal));
        Assert.Empty(Titles(otherChapter));
        Assert.True(urdu > 0);
        Assert.Equal(urdu, Titles(byCulture).Count);
        Assert.Equal(["A draft only the list of drafts shows"], Titles(byText));
        Assert.Contains("<td>Draft</td>", byText, StringComparison.Ordinal);
        Assert.Empty(Titles(published));
        Assert.NotNull(draft);
    }

    [SkippableFact]
    public async Task Pages_HoldTwentyItems_AndLinkToTheNext()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var marker = "paged-" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 23; i++)
        {
            await Pages.CreateAsync(api, $"{marker} {i:00}");
        }
        using var editor = await SignedInAsync("Editor");

        var first = await editor.GetStringAsync($"/admin/content/Page?q={marker}&sort=title");
        var next = WebUtility.HtmlDecode(NextPattern().Match(first).Groups[1].Value);
        var second = await editor.GetStringAsync(next);

        Assert.Equal([.. Enumerable.Range(0, 20).Select(i => $"{marker} {i:00}")], Titles(first));
        Assert.Contains("23 items, page 1 of 2", first, StringComparison.Ordinal);
        Assert.Equal([$"{marker} 20", $"{marker} 21", $"{marker} 22"], Titles(second));
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Counts_StopAtTheBound_AndLaterPagesFollowByNext()
    {
        var marker = "bounded-" + Guid.NewGuid().ToString("N")[..6];
        await InsertPagesAsync(marker, ContentListingBound + 5, chapter: null);
        using var editor = await SignedInAsync("Editor");

        var first = await editor.GetStringAsync($"/admin/content/Page?q={marker}&sort=title");
        var tenth = await editor.GetStringAsync($"/admin/content/Page?q={marker}&sort=title&p=10");
        var last = await editor.GetStringAsync($"/admin/content/Page?q={marker}&sort=title&p=11");
        var beyond = await editor.GetStringAsync($"/admin/content/Page?q={marker}&sort=title&p=12");

        Assert.Contains($"More than {ContentListingBound} items, page 1<", first, StringComparison.Ordinal);
        Assert.Equal([.. Enumerable.Range(0, 20).Select(i => $"{marker} {i:000}")], Titles(first));
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", tenth, StringComparison.Ordinal);
        Assert.Equal([.. Enumerable.Range(200, 5).Select(i => $"{marker} {i:000}")], Titles(last));
        Assert.Contains("page 11<", last, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
        Assert.Empty(Titles(beyond));
        Assert.Contains("rel=\"prev\"", beyond, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ChapterFilter_OrdersAlike_WhetherFewOrManyItemsMatch()
    {
        var marker = "chaptered-" + Guid.NewGuid().ToString("N")[..6];
        var chapter = "chapter" + marker;
        await InsertPagesAsync(marker, ContentListingBound + 5, chapter);
        using var editor = await SignedInAsync("Editor");

        // Over the bound the list walks the order's index; under it (the text narrows it to 100) it starts from the field index.
        var many = await editor.GetStringAsync($"/admin/content/Page?chapter={chapter}&sort=modified&p=2");
        var few = await editor.GetStringAsync($"/admin/content/Page?chapter={chapter}&q={marker}+1&sort=modified&p=2");
        var fewLast = await editor.GetStringAsync($"/admin/content/Page?chapter={chapter}&q={marker}+1&sort=title&p=99");

        Assert.Contains($"More than {ContentListingBound} items, page 2<", many, StringComparison.Ordinal);
        Assert.Equal([.. Enumerable.Range(0, 20).Select(i => $"{marker} {ContentListingBound + 4 - 20 - i:000}")], Titles(many));
        Assert.Contains("100 items, page 2 of 5", few, StringComparison.Ordinal);
        Assert.Equal([.. Enumerable.Range(100, 100).Reverse().Skip(20).Take(20).Select(i => $"{marker} {i:000}")], Titles(few));
        Assert.Contains("100 items, page 5 of 5", fewLast, StringComparison.Ordinal);
        Assert.Equal([.. Enumerable.Range(180, 20).Select(i => $"{marker} {i:000}")], Titles(fewLast));
    }

    [SkippableFact]
    public async Task ChapterFilter_ListsAnItemOnce_WhenItNamesTheChapterTwice()
    {
        var marker = "twice-" + Guid.NewGuid().ToString("N")[..6];
        var chapter = "chapter" + marker;
        await InsertPagesAsync(marker, 1, chapter, valuesPerItem: 2);
        using var editor = await SignedInAsync("Editor");

        var list = await editor.GetStringAsync($"/admin/content/Page?chapter={chapter}");

        Assert.Equal([$"{marker} 000"], Titles(list));
        Assert.Contains("1 item, page 1 of 1", list, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Authors_SeeOnlyTheirOwnItems()
    {
        using var author = await CookieUsers.SignInAsync(Site, "Author");
        var own = "own-" + Guid.NewGuid().ToString("N")[..6];
        await CreateWithCookieAsync(author, own);
        using var api = await Site.CreateApiClientAsync("Editor");
        await Pages.CreateAsync(api, own + " by someone else");

        var list = await author.GetStringAsync("/admin/content/Page?q=" + own);
        var types = await author.GetStringAsync("/admin/content");

        Assert.Equal([own], Titles(list));
        Assert.Contains("yours only", list, StringComparison.Ordinal);
        Assert.Contains("(your items)", types, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task BadStatusAndOrder_AreShownBesideTheirField_With400()
    {
        using var editor = await SignedInAsync("Editor");

        using var response = await editor.GetAsync("/admin/content/Page?status=archived&sort=random");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"status-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"sort-error\"", html, StringComparison.Ordinal);
        Assert.Empty(Titles(html));
    }

    private const int ContentListingBound = CrmSite.Admin.Contents.ContentListing.CountLimit;

    private Task<HttpClient> SignedInAsync(params string[] roles) => SignInPages.SignedInAsNewUserAsync(Site, roles);

    // Published pages written straight into the store as the content store writes them (a version, and a chapter picker's
    // field-index rows when given): creating hundreds through the API would make these tests slow. Modified one minute
    // apart, in the order of their titles.
    private Task<int> InsertPagesAsync(string marker, int count, string? chapter, int valuesPerItem = 1) => Site.WithStoreAsync(async db =>
    {
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid().ToString("N")[..26];
            var version = Guid.NewGuid().ToString("N")[..26];
            var title = $"{marker} {i:000}";
            var modified = start.AddMinutes(i);
            var data = new JsonObject
            {
                ["ContentItemId"] = id,
                ["ContentItemVersionId"] = version,
                ["ContentType"] = "Page",
                ["DisplayText"] = title,
                ["Latest"] = true,
                ["Published"] = true,
                ["ModifiedUtc"] = modified,
                ["CreatedUtc"] = modified,
                ["TitlePart"] = new JsonObject { ["Title"] = title },
            };
            db.ContentItems.Add(new ContentItemRecord
            {
                ContentItemId = id, ContentItemVersionId = version, ContentType = "Page", DisplayText = title, Latest = true, Published = true,
                Number = 1, CreatedUtc = modified, ModifiedUtc = modified, PublishedUtc = modified, Data = data.ToJsonString(),
            });
            for (var v = 0; chapter is not null && v < valuesPerItem; v++)
            {
                db.FieldIndex.Add(new FieldIndexRecord
                {
                    ContentItemId = id, ContentItemVersionId = version, ContentType = "Page", PartName = "ChapterPart", FieldName = "Chapter", Text = chapter,
                });
            }
        }
        return await db.SaveChangesAsync();
    });

    private static async Task CreateWithCookieAsync(HttpClient client, string title)
    {
        var token = (await client.GetFromJsonAsync<JsonObject>("/api/account/antiforgery"))!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/content")
        {
            Content = new StringContent(Pages.New(title).ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(token["headerName"]!.GetValue<string>(), token["token"]!.GetValue<string>());
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static List<string> Titles(string html) => [.. TitlePattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("<tr>\\s*<th scope=\"row\"><a href=\"[^\"]*\">([^<]*)</a></th>")]
    private static partial Regex TitlePattern();

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"next\">")]
    private static partial Regex NextPattern();
}

public sealed class ContentListPageSqliteTests(ClockSqliteSite fixture) : ContentListPageTests(fixture), IClassFixture<ClockSqliteSite>;

public sealed class ContentListPagePostgresTests(ClockPostgresSite fixture) : ContentListPageTests(fixture), IClassFixture<ClockPostgresSite>;
