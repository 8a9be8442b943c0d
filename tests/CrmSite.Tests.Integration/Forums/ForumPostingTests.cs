using System.Net;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Forums;

/// <summary>Posting topics and replies through <c>POST /api/content</c>: closed forums and topics take no new posts.</summary>
public abstract class ForumPostingTests(SiteFixture fixture)
{
    private const string ListMember = "ContainedPart.ListContentItemId";

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task PostReply_Returns422NamingTheClosedForum_WhenReplyingToSeededThread()
    {
        await ForumContent.ImportRecipeAsync(Site);
        var topic = await ForumContent.SingleAsync(Site, "ForumTopic", "Influencing Policy");
        using var api = await Site.CreateApiClientAsync("Editor", "ForumModerator");

        using var response = await Pages.PostAsync(api, ForumContent.Reply(topic.ContentItemId));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var message = Assert.Single(await ForumContent.ErrorsAsync(response, ListMember));
        Assert.Contains("'Advocacy'", message, StringComparison.Ordinal);
        Assert.Contains("closed to new replies", message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PostReply_Returns201_WhenTopicAndForumAreOpen()
    {
        await ForumContent.ImportRecipeAsync(Site);
        using var api = await Site.CreateApiClientAsync("Editor", "ForumModerator");
        var forum = await Pages.CreateAsync(api, ForumContent.Forum("Open forum", closed: false));
        var topic = await Pages.CreateAsync(api, ForumContent.Topic(Pages.Id(forum), "Open topic"));

        using var response = await Pages.PostAsync(api, ForumContent.Reply(Pages.Id(topic)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [SkippableFact]
    public async Task PostTopic_Returns422_WhenForumIsClosed()
    {
        await ForumContent.ImportRecipeAsync(Site);
        var forum = await ForumContent.SingleAsync(Site, "Forum", "Advocacy");
        using var api = await Site.CreateApiClientAsync("Editor", "ForumModerator");

        using var response = await Pages.PostAsync(api, ForumContent.Topic(forum.ContentItemId, "A new question"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var message = Assert.Single(await ForumContent.ErrorsAsync(response, ListMember));
        Assert.Contains("The forum 'Advocacy' is closed to new topics", message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PostReply_Returns422_WhenTopicIsClosedInOpenForum()
    {
        await ForumContent.ImportRecipeAsync(Site);
        using var api = await Site.CreateApiClientAsync("Editor", "ForumModerator");
        var forum = await Pages.CreateAsync(api, ForumContent.Forum("Open forum with a closed topic", closed: false));
        var topic = await Pages.CreateAsync(api, ForumContent.Topic(Pages.Id(forum), "Settled question", closed: true));

        using var response = await Pages.PostAsync(api, ForumContent.Reply(Pages.Id(topic)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var message = Assert.Single(await ForumContent.ErrorsAsync(response, ListMember));
        Assert.Contains("The topic 'Settled question' is closed to new replies", message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PostReply_KeepsEditInPlace_WhenTopicClosedAfterReply()
    {
        await ForumContent.ImportRecipeAsync(Site);
        using var api = await Site.CreateApiClientAsync("Editor", "ForumModerator");
        var forum = await Pages.CreateAsync(api, ForumContent.Forum("Forum closing later", closed: false));
        var topic = await Pages.CreateAsync(api, ForumContent.Topic(Pages.Id(forum), "Topic closing later"));
        var reply = await Pages.CreateAsync(api, ForumContent.Reply(Pages.Id(topic)));
        var closing = ForumContent.Topic(Pages.Id(forum), "Topic closing later", closed: true);
        closing["ContentItemId"] = Pages.Id(topic);
        await Pages.CreateAsync(api, closing);
        var edited = ForumContent.Reply(Pages.Id(topic), "Moderated: a personal detail was removed.");
        edited["ContentItemId"] = Pages.Id(reply);

        using var response = await Pages.PostAsync(api, edited);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableFact]
    public async Task PostReply_Returns422_WhenReplyIsMovedIntoClosedTopic()
    {
        await ForumContent.ImportRecipeAsync(Site);
        using var api = await Site.CreateApiClientAsync("Editor", "ForumModerator");
        var forum = await Pages.CreateAsync(api, ForumContent.Forum("Forum with two topics", closed: false));
        var open = await Pages.CreateAsync(api, ForumContent.Topic(Pages.Id(forum), "Still open"));
        var closed = await Pages.CreateAsync(api, ForumContent.Topic(Pages.Id(forum), "Already closed", closed: true));
        var reply = await Pages.CreateAsync(api, ForumContent.Reply(Pages.Id(open)));
        var moved = ForumContent.Reply(Pages.Id(closed));
        moved["ContentItemId"] = Pages.Id(reply);

        using var response = await Pages.PostAsync(api, moved);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("closed to new replies", Assert.Single(await ForumContent.ErrorsAsync(response, ListMember)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PostReply_Returns422_WhenContainerIsAForumOrMissing()
    {
        await ForumContent.ImportRecipeAsync(Site);
        using var api = await Site.CreateApiClientAsync("Editor", "ForumModerator");
        var forum = await Pages.CreateAsync(api, ForumContent.Forum("Forum, not a topic", closed: false));
        var orphan = ForumContent.Reply("");
        orphan.Remove("ContainedPart");

        using var inForum = await Pages.PostAsync(api, ForumContent.Reply(Pages.Id(forum)));
        using var nowhere = await Pages.PostAsync(api, orphan);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, inForum.StatusCode);
        Assert.StartsWith("There is no ForumTopic", Assert.Single(await ForumContent.ErrorsAsync(inForum, ListMember)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nowhere.StatusCode);
        Assert.Contains("must be posted in a ForumTopic", Assert.Single(await ForumContent.ErrorsAsync(nowhere, ListMember)), StringComparison.Ordinal);
    }
}

public sealed class ForumPostingSqliteTests(SqliteSite fixture) : ForumPostingTests(fixture), IClassFixture<SqliteSite>;

public sealed class ForumPostingPostgresTests(PostgresSite fixture) : ForumPostingTests(fixture), IClassFixture<PostgresSite>;
