using System.Net;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Forums;

/// <summary>Closing and reopening forums and topics is moderation: it needs ModerateForums, not just the right to edit.</summary>
public abstract class ForumModerationTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task ClosingATopic_IsForbidden_WhenTheAuthorIsNotAModerator()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        using var author = await Site.CreateApiClientAsync("Author");
        var forum = await Pages.CreateAsync(admin, ForumContent.Forum("Open forum " + Guid.NewGuid().ToString("N")[..6], closed: false));
        var topic = await Pages.CreateAsync(author, ForumContent.Topic(Pages.Id(forum), "A question"));

        var closing = ForumContent.Topic(Pages.Id(forum), "A question", closed: true);
        closing["ContentItemId"] = Pages.Id(topic);
        using var closed = await Pages.PostAsync(author, closing);
        using var createdClosed = await Pages.PostAsync(author, ForumContent.Topic(Pages.Id(forum), "Born closed", closed: true));

        Assert.Equal(HttpStatusCode.Forbidden, closed.StatusCode);
        Assert.Contains("ModerateForums", await closed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, createdClosed.StatusCode);
    }

    [SkippableFact]
    public async Task ClosingATopic_IsForbidden_WhenTheTypeIsWrittenInAnotherCase()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        using var author = await Site.CreateApiClientAsync("Author");
        var forum = await Pages.CreateAsync(admin, ForumContent.Forum("Case forum " + Guid.NewGuid().ToString("N")[..6], closed: false));
        var topic = ForumContent.Topic(Pages.Id(forum), "Closed from birth", closed: true);
        topic["ContentType"] = "forumtopic";

        using var response = await Pages.PostAsync(author, topic);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task ReopeningATopic_IsForbidden_WhenTheAuthorIsNotAModerator()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        using var author = await Site.CreateApiClientAsync("Author");
        var forum = await Pages.CreateAsync(admin, ForumContent.Forum("Reopen forum " + Guid.NewGuid().ToString("N")[..6], closed: false));
        var topic = await Pages.CreateAsync(author, ForumContent.Topic(Pages.Id(forum), "Mine"));
        var closing = ForumContent.Topic(Pages.Id(forum), "Mine", closed: true);
        closing["ContentItemId"] = Pages.Id(topic);
        await Pages.CreateAsync(admin, closing);

        var reopening = ForumContent.Topic(Pages.Id(forum), "Mine", closed: false);
        reopening["ContentItemId"] = Pages.Id(topic);
        using var response = await Pages.PostAsync(author, reopening);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task ClosingAndReopeningAForum_IsAllowed_WhenTheCallerModerates()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        using var moderator = await Site.CreateApiClientAsync("ForumModerator");
        var forum = await Pages.CreateAsync(admin, ForumContent.Forum("Moderated " + Guid.NewGuid().ToString("N")[..6], closed: false));

        var closing = ForumContent.Forum(forum["DisplayText"]!.GetValue<string>(), closed: true);
        closing["ContentItemId"] = Pages.Id(forum);
        using var closed = await Pages.PostAsync(moderator, closing);
        var reopening = (JsonObject)closing.DeepClone();
        reopening["Forum"]!["Closed"] = new JsonObject { ["Value"] = false };
        using var reopened = await Pages.PostAsync(moderator, reopening);

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
    }
}

public sealed class ForumModerationSqliteTests(SqliteSite fixture) : ForumModerationTests(fixture), IClassFixture<SqliteSite>;

public sealed class ForumModerationPostgresTests(PostgresSite fixture) : ForumModerationTests(fixture), IClassFixture<PostgresSite>;
