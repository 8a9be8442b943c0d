using System.Net;
using System.Text.Json.Nodes;
using CrmSite.Content.Management;
using CrmSite.Tests.Integration.Forums;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// <c>createForumTopic</c> and <c>createForumReply</c>: a forum member's posts are stored published, contained in
/// their forum or topic as the seed stores them; closed forums and topics refuse them with a clear INVALID error.
/// </summary>
public abstract class MutationForumTests(SiteFixture fixture)
{
    private const string CreateTopic = """
        mutation Topic($forum: String!, $title: String!, $markdown: String!) {
          createForumTopic(forumContentItemId: $forum, title: $title, markdown: $markdown) {
            contentItemId displayText published owner author path postedBy closed
            contained { listContentItemId order } markdownBody { markdown } } }
        """;

    private const string CreateReply = """
        mutation Reply($topic: String!, $markdown: String!) {
          createForumReply(topicContentItemId: $topic, markdown: $markdown) {
            contentItemId displayText published postedBy contained { listContentItemId order } markdownBody { html } } }
        """;

    private const string ListMember = "ContainedPart.ListContentItemId";

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task CreateForumTopic_PostsPublishedTopicInForum_WhenForumMember()
    {
        var forum = await CreateForumAsync("Open forum for members", closed: false);
        using var member = await MutationRequests.SignInAsync(Site, ["ForumMember"]);

        var (status, body) = await MutationRequests.PostAsync(member, CreateTopic, Topic(Pages.Id(forum), "Budgets for child protection units"));

        Assert.Equal(HttpStatusCode.OK, status);
        var topic = MutationRequests.Data(body, "createForumTopic");
        Assert.Equal("Budgets for child protection units", topic["displayText"]!.GetValue<string>());
        Assert.True(topic["published"]!.GetValue<bool>());
        Assert.False(topic["closed"]!.GetValue<bool>());
        Assert.Equal(Pages.Id(forum), topic["contained"]!["listContentItemId"]!.GetValue<string>());
        Assert.Equal(0m, topic["contained"]!["order"]!.GetValue<decimal>());
        Assert.Equal(topic["author"]!.GetValue<string>(), topic["postedBy"]!.GetValue<string>());
        Assert.StartsWith("member-", topic["postedBy"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("forums/open-forum-for-members/budgets-for-child-protection-units", topic["path"]!.GetValue<string>(), StringComparison.Ordinal);
        var stored = await MutationRequests.StoredAsync(Site, topic["contentItemId"]!.GetValue<string>(), VersionOptions.Published);
        Assert.Equal(topic["owner"]!.GetValue<string>(), stored?.Owner);
        Assert.Equal("What should we ask of the provincial assembly?", stored?.Part("MarkdownBodyPart")?["Markdown"]?.GetValue<string>());
    }

    [SkippableFact]
    public async Task CreateForumTopic_GivesSecondTopicOfSameTitleItsOwnPath()
    {
        var forum = await CreateForumAsync("Forum with repeated titles", closed: false);
        using var member = await MutationRequests.SignInAsync(Site, ["ForumMember"]);
        var (_, first) = await MutationRequests.PostAsync(member, CreateTopic, Topic(Pages.Id(forum), "Same question"));

        var (status, second) = await MutationRequests.PostAsync(member, CreateTopic, Topic(Pages.Id(forum), "Same question"));

        Assert.Equal(HttpStatusCode.OK, status);
        var firstPath = MutationRequests.Data(first, "createForumTopic")["path"]!.GetValue<string>();
        var secondTopic = MutationRequests.Data(second, "createForumTopic");
        Assert.NotEqual(firstPath, secondTopic["path"]!.GetValue<string>());
        Assert.Equal(1m, secondTopic["contained"]!["order"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task CreateForumReply_PostsPublishedReplyInTopic_WhenForumMember()
    {
        var forum = await CreateForumAsync("Open forum for replies", closed: false);
        using var member = await MutationRequests.SignInAsync(Site, ["ForumMember"]);
        var (_, topicBody) = await MutationRequests.PostAsync(member, CreateTopic, Topic(Pages.Id(forum), "Recovery services"));
        var topicId = MutationRequests.Data(topicBody, "createForumTopic")["contentItemId"]!.GetValue<string>();

        var (status, body) = await MutationRequests.PostAsync(member, CreateReply,
            new JsonObject { ["topic"] = topicId, ["markdown"] = "Funds set aside for **recovery** come first." });

        Assert.Equal(HttpStatusCode.OK, status);
        var reply = MutationRequests.Data(body, "createForumReply");
        Assert.Equal("Re: Recovery services", reply["displayText"]!.GetValue<string>());
        Assert.True(reply["published"]!.GetValue<bool>());
        Assert.Equal(topicId, reply["contained"]!["listContentItemId"]!.GetValue<string>());
        Assert.Contains("<strong>recovery</strong>", reply["markdownBody"]!["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(await MutationRequests.StoredAsync(Site, reply["contentItemId"]!.GetValue<string>(), VersionOptions.Published));
    }

    [SkippableFact]
    public async Task CreateForumTopic_ReturnsInvalidNamingTheForum_WhenForumIsClosed()
    {
        var advocacy = await ForumContent.SingleAsync(Site, "Forum", "Advocacy");
        using var member = await MutationRequests.SignInAsync(Site, ["ForumMember"]);
        var before = await MutationRequests.VersionCountAsync(Site);

        var (status, body) = await MutationRequests.PostAsync(member, CreateTopic, Topic(advocacy.ContentItemId, "A new question"));

        Assert.Equal(HttpStatusCode.OK, status);
        var error = MutationRequests.Error(body, "INVALID");
        Assert.Contains("The forum 'Advocacy' is closed to new topics", Assert.Single(MutationRequests.Messages(error, ListMember)), StringComparison.Ordinal);
        Assert.Null(body["data"]!["createForumTopic"]);
        Assert.Equal(before, await MutationRequests.VersionCountAsync(Site));
    }

    [SkippableFact]
    public async Task CreateForumReply_ReturnsInvalidNamingTheForum_WhenReplyingToSeededThreadOfClosedForum()
    {
        var topic = await ForumContent.SingleAsync(Site, "ForumTopic", "Influencing Policy");
        using var member = await MutationRequests.SignInAsync(Site, ["ForumMember"]);

        var (_, body) = await MutationRequests.PostAsync(member, CreateReply, new JsonObject { ["topic"] = topic.ContentItemId, ["markdown"] = "Me too." });

        var message = Assert.Single(MutationRequests.Messages(MutationRequests.Error(body, "INVALID"), ListMember));
        Assert.Contains("'Advocacy'", message, StringComparison.Ordinal);
        Assert.Contains("closed to new replies", message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task CreateForumReply_ReturnsInvalid_WhenTopicIsClosedInOpenForum()
    {
        var forum = await CreateForumAsync("Open forum with a settled topic", closed: false);
        using var moderator = await Site.CreateApiClientAsync("ForumModerator");
        var topic = await Pages.CreateAsync(moderator, ForumContent.Topic(Pages.Id(forum), "Settled question", closed: true));
        using var member = await MutationRequests.SignInAsync(Site, ["ForumMember"]);

        var (_, body) = await MutationRequests.PostAsync(member, CreateReply, new JsonObject { ["topic"] = Pages.Id(topic), ["markdown"] = "One more thought." });

        Assert.Contains("The topic 'Settled question' is closed to new replies",
            Assert.Single(MutationRequests.Messages(MutationRequests.Error(body, "INVALID"), ListMember)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task CreateForumTopic_ReturnsInvalid_WhenTitleAndTextAreBlank()
    {
        var forum = await CreateForumAsync("Forum for blank posts", closed: false);
        using var member = await MutationRequests.SignInAsync(Site, ["ForumMember"]);

        var (_, body) = await MutationRequests.PostAsync(member, CreateTopic,
            new JsonObject { ["forum"] = Pages.Id(forum), ["title"] = " ", ["markdown"] = "" });

        var error = MutationRequests.Error(body, "INVALID");
        Assert.Single(MutationRequests.Messages(error, "TitlePart.Title"));
        Assert.Single(MutationRequests.Messages(error, "MarkdownBodyPart.Markdown"));
    }

    [SkippableFact]
    public async Task CreateForumTopic_ReturnsInvalid_WhenTitleHoldsUnpairedSurrogate()
    {
        var forum = await CreateForumAsync("Forum for broken text", closed: false);
        using var member = await MutationRequests.SignInAsync(Site, ["ForumMember"]);
        var query = "mutation { createForumTopic(forumContentItemId: \"" + Pages.Id(forum) + "\", title: \"Broken \\uD800\", markdown: \"Text\") { contentItemId } }";

        var (status, body) = await MutationRequests.PostAsync(member, query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("not valid Unicode", Assert.Single(MutationRequests.Messages(MutationRequests.Error(body, "INVALID"), "TitlePart.Title")),
            StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task CreateForumReply_ReturnsNotFound_WhenTopicIdNamesSomethingElse()
    {
        var forum = await CreateForumAsync("A forum is not a topic", closed: false);
        using var member = await MutationRequests.SignInAsync(Site, ["ForumMember"]);

        var (_, inForum) = await MutationRequests.PostAsync(member, CreateReply, new JsonObject { ["topic"] = Pages.Id(forum), ["markdown"] = "Hello" });
        var (_, nowhere) = await MutationRequests.PostAsync(member, CreateReply, new JsonObject { ["topic"] = "no topic at all", ["markdown"] = "Hello" });

        Assert.Single(MutationRequests.Messages(MutationRequests.Error(inForum, "NOT_FOUND"), "topicContentItemId"));
        Assert.Single(MutationRequests.Messages(MutationRequests.Error(nowhere, "NOT_FOUND"), "topicContentItemId"));
    }

    [SkippableFact]
    public async Task CreateForumTopic_Returns401WithoutRunning_WhenAnonymous()
    {
        var forum = await CreateForumAsync("Forum visitors read", closed: false);
        using var anonymous = Site.CreateClient();
        var before = await MutationRequests.VersionCountAsync(Site);

        var (status, body) = await MutationRequests.PostAsync(anonymous, CreateTopic, Topic(Pages.Id(forum), "Visitor's topic"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        MutationRequests.Error(body, "ACCESS_DENIED");
        Assert.Equal(before, await MutationRequests.VersionCountAsync(Site));
    }

    [SkippableFact]
    public async Task CreateForumTopic_Returns403_WhenCallerMayRunMutationsButNotPostTopics()
    {
        var forum = await CreateForumAsync("Forum a contributor cannot publish in", closed: false);
        using var contributor = await MutationRequests.SignInAsync(Site, ["Contributor"]);

        var (status, body) = await MutationRequests.PostAsync(contributor, CreateTopic, Topic(Pages.Id(forum), "Contributor's topic"));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("PublishContent", MutationRequests.Error(body, "ACCESS_DENIED")["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task CreateForumTopic_Succeeds_WhenApiClientHoldsForumMember()
    {
        var forum = await CreateForumAsync("Forum for API clients", closed: false);
        using var client = await Site.CreateApiClientAsync("ForumMember");

        var (status, body) = await MutationRequests.PostAsync(client, CreateTopic, Topic(Pages.Id(forum), "Posted by a script"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(MutationRequests.Data(body, "createForumTopic")["published"]!.GetValue<bool>());
    }

    private async Task<JsonObject> CreateForumAsync(string title, bool closed)
    {
        using var moderator = await Site.CreateApiClientAsync("ForumModerator");
        var forum = ForumContent.Forum(title, closed);
        forum["AutoroutePart"] = new JsonObject { ["Path"] = "forums/" + title.ToLowerInvariant().Replace(' ', '-') };
        return await Pages.CreateAsync(moderator, forum);
    }

    private static JsonObject Topic(string forumId, string title) => new()
    {
        ["forum"] = forumId,
        ["title"] = title,
        ["markdown"] = "What should we ask of the provincial assembly?",
    };
}

public sealed class MutationForumSqliteTests(SqliteSite fixture) : MutationForumTests(fixture), IClassFixture<SqliteSite>;

public sealed class MutationForumPostgresTests(PostgresSite fixture) : MutationForumTests(fixture), IClassFixture<PostgresSite>;
