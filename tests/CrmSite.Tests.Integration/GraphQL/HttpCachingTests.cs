using System.Net;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// Anonymous GETs can be cached and revalidated: an ETag that changes when what the query shows changes, and a
/// 304 while it has not. Signed-in answers are never stored.
/// </summary>
public abstract class HttpCachingTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task AnonymousGet_Revalidates_UntilAChangeIsPublished()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        var page = await Pages.CreateAsync(editor, "Cached page");
        using var anonymous = Site.CreateClient();
        var query = $$"""{ page(where: {contentItemId: "{{Pages.Id(page)}}"}) { displayText } }""";

        var first = await GraphQLCalls.GetAsync(anonymous, query);
        var etag = first.Headers.GetValueOrDefault("ETag");
        var unchanged = await GraphQLCalls.GetAsync(anonymous, query, ifNoneMatch: etag);
        var otherTag = await GraphQLCalls.GetAsync(anonymous, query, ifNoneMatch: "\"something-else\"");
        page["TitlePart"]!["Title"] = "Cached page, revised";
        await Pages.CreateAsync(editor, page);
        var changed = await GraphQLCalls.GetAsync(anonymous, query, ifNoneMatch: etag);

        Assert.Equal("Cached page", first.Data()["page"]![0]!["displayText"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(etag), "no ETag on an anonymous GET");
        Assert.Contains("max-age=0", first.Headers.GetValueOrDefault("Cache-Control"), StringComparison.Ordinal);
        Assert.Contains("must-revalidate", first.Headers.GetValueOrDefault("Cache-Control"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.Status);
        Assert.Equal("", unchanged.Text);
        Assert.Equal(etag, unchanged.Headers.GetValueOrDefault("ETag"));
        Assert.Equal(HttpStatusCode.OK, otherTag.Status);
        Assert.Equal("Cached page, revised", changed.Data()["page"]![0]!["displayText"]!.GetValue<string>());
        Assert.NotEqual(etag, changed.Headers.GetValueOrDefault("ETag"));
    }

    [SkippableFact]
    public async Task SignedInCallers_GetNoStore_AndNoETag()
    {
        using var cookie = await CookieUsers.SignInAsync(Site, "Editor");
        using var bearer = await Site.CreateApiClientAsync("Editor");
        using var anonymous = Site.CreateClient();
        const string query = "{ chapter(first: 1) { displayText } }";

        var byCookie = await GraphQLCalls.GetAsync(cookie, query);
        var byBearer = await GraphQLCalls.GetAsync(bearer, query);
        var anonymousPost = await GraphQLCalls.PostAsync(anonymous, query);
        var denied = await GraphQLCalls.GetAsync(anonymous, "{ chapter(status: DRAFT) { displayText } }");

        foreach (var answer in new[] { byCookie, byBearer, anonymousPost })
        {
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal("no-store", answer.Headers.GetValueOrDefault("Cache-Control"));
            Assert.False(answer.Headers.ContainsKey("ETag"), "an ETag on an answer that is not to be stored");
        }
        Assert.Equal(HttpStatusCode.Unauthorized, denied.Status);
        Assert.Equal("no-store", denied.Headers.GetValueOrDefault("Cache-Control"));
    }

    [SkippableFact]
    public async Task AnonymousGet_KeepsTheTag_WhenNothingChanged()
    {
        using var anonymous = Site.CreateClient();
        const string query = "{ chapter(orderBy: {displayText: ASC}) { displayText } }";

        var first = await GraphQLCalls.GetAsync(anonymous, query);
        var second = await GraphQLCalls.GetAsync(anonymous, query);
        var otherQuery = await GraphQLCalls.GetAsync(anonymous, "{ chapter(orderBy: {displayText: DESC}) { displayText } }");

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Headers.GetValueOrDefault("ETag"), second.Headers.GetValueOrDefault("ETag"));
        Assert.NotEqual(first.Headers.GetValueOrDefault("ETag"), otherQuery.Headers.GetValueOrDefault("ETag"));
        Assert.Equal(8, first.Data()["chapter"]!.AsArray().Count);
        Assert.IsType<JsonArray>(otherQuery.Data()["chapter"]);
    }
}

public sealed class HttpCachingSqliteTests(SqliteSite fixture) : HttpCachingTests(fixture), IClassFixture<SqliteSite>;

public sealed class HttpCachingPostgresTests(PostgresSite fixture) : HttpCachingTests(fixture), IClassFixture<PostgresSite>;
