using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Store;
using CrmSite.Forums.ContentTypes;

namespace CrmSite.Tests.Unit.Forums;

public sealed class ForumPostValidatorTests : IClassFixture<ForumStore>, IDisposable
{
    private const string ListMember = "ContainedPart.ListContentItemId";

    private readonly SqliteCrmSiteDbContext _db;
    private readonly ForumPostValidator _validator;

    public ForumPostValidatorTests(ForumStore store)
    {
        _db = store.Open();
        _validator = new ForumPostValidator(new ContentReader(_db));
    }

    [Fact]
    public async Task ValidateAsync_FindsNoError_WhenReplyIsNewInOpenTopicOfOpenForum()
    {
        var context = Context(ForumItems.Reply("new reply", "open topic"));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Fact]
    public async Task ValidateAsync_RejectsReply_WhenTopicIsClosed()
    {
        var context = Context(ForumItems.Reply("new reply", "closed topic"));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentError(ListMember,
            $"The topic 'closed topic' is closed to new replies. Reply in an open topic, or ask a forum moderator to reopen this one."),
            Assert.Single(context.Errors));
    }

    [Fact]
    public async Task ValidateAsync_RejectsReply_WhenTopicIsOpenButItsForumIsClosed()
    {
        var context = Context(ForumItems.Reply("new reply", "archived topic"));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentError(ListMember,
            $"The topic 'archived topic' is in the forum 'archive', which is closed to new replies. Reply in a topic of an open forum, or ask a forum moderator to reopen the forum."),
            Assert.Single(context.Errors));
    }

    [Fact]
    public async Task ValidateAsync_RejectsTopic_WhenForumIsClosed()
    {
        var context = Context(ForumItems.Topic("new topic", "archive"));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentError(ListMember,
            $"The forum 'archive' is closed to new topics. Post the topic in an open forum, or ask a forum moderator to reopen this one."),
            Assert.Single(context.Errors));
    }

    [Fact]
    public async Task ValidateAsync_FindsNoError_WhenTopicIsNewInOpenForum()
    {
        var context = Context(ForumItems.Topic("new topic", "open forum"));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Theory]
    [InlineData("reply in closed topic", "closed topic")]
    [InlineData("archived reply", "archived topic")]
    public async Task ValidateAsync_FindsNoError_WhenStoredReplyIsEditedWhereItIs(string reply, string topic)
    {
        var edited = ForumItems.Reply(reply, topic);
        edited.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = "Edited by a moderator.";
        var context = Context(edited);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Fact]
    public async Task ValidateAsync_FindsNoError_WhenStoredTopicOfClosedForumIsClosedInPlace()
    {
        var context = Context(ForumItems.Topic("archived topic", "archive", closed: true));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Fact]
    public async Task ValidateAsync_RejectsReply_WhenMovedIntoClosedTopic()
    {
        var context = Context(ForumItems.Reply("reply in open topic", "closed topic"));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Contains("closed to new replies", Assert.Single(context.Errors, e => e.Member == ListMember).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_RejectsTopic_WhenMovedIntoClosedForum()
    {
        var context = Context(ForumItems.Topic("open topic", "archive"));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Contains("closed to new topics", Assert.Single(context.Errors, e => e.Member == ListMember).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_FindsNoError_WhenImportedIntoClosedForumAndTopic()
    {
        var reply = Context(ForumItems.Reply("imported reply", "closed topic"), imported: true);
        var topic = Context(ForumItems.Topic("imported topic", "archive"), imported: true);

        await _validator.ValidateAsync(reply, CancellationToken.None);
        await _validator.ValidateAsync(topic, CancellationToken.None);

        Assert.Empty(reply.Errors);
        Assert.Empty(topic.Errors);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ValidateAsync_RejectsReply_WhenContainedInForumInsteadOfTopic(bool imported)
    {
        var context = Context(ForumItems.Reply("misplaced reply", "open forum"), imported);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentError(ListMember,
            $"There is no ForumTopic '{ForumItems.Id("open forum")}': a reply must be posted in a ForumTopic; set {ListMember} to the id of an existing ForumTopic."),
            Assert.Single(context.Errors));
    }

    [Fact]
    public async Task ValidateAsync_RejectsTopic_WhenContainedInTopicInsteadOfForum()
    {
        var context = Context(ForumItems.Topic("nested topic", "open topic"));

        await _validator.ValidateAsync(context, CancellationToken.None);

        var message = Assert.Single(context.Errors).Message;
        Assert.StartsWith("There is no Forum '", message, StringComparison.Ordinal);
        Assert.DoesNotContain("ForumTopic", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_RejectsReply_WhenItHasNoContainer()
    {
        var reply = ForumItems.Reply("orphan reply", "open topic");
        reply.Data.Remove("ContainedPart");
        var context = Context(reply, imported: true);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentError(ListMember,
            $"A reply must be posted in a ForumTopic: set ContainedPart.ListContentItemId to the id of the ForumTopic."),
            Assert.Single(context.Errors));
    }

    [Fact]
    public async Task ValidateAsync_RejectsTopic_WhenForumDoesNotExist()
    {
        var context = Context(ForumItems.Topic("lost topic", "no such forum"));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentError(ListMember,
            $"There is no Forum '{ForumItems.Id("no such forum")}': a topic must be posted in a Forum; set ContainedPart.ListContentItemId to the id of an existing Forum."),
            Assert.Single(context.Errors));
    }

    [Fact]
    public async Task ValidateAsync_LeavesMalformedIdToPartRules_WhenListIdIsNotAnId()
    {
        var reply = ForumItems.Reply("reply", "open topic");
        reply.Part("ContainedPart")!["ListContentItemId"] = "not an id!";
        var context = Context(reply);

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    [Fact]
    public async Task ValidateAsync_IgnoresItem_WhenTypeIsNotAForumPost()
    {
        var context = Context(ForumItems.Page("page", "closed topic"));

        await _validator.ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    public void Dispose() => _db.Dispose();

    private static ContentValidationContext Context(ContentItem item, bool imported = false) =>
        new(item, new ContentTypeDefinition { Name = item.ContentType }, new ContentDefinitionDocument()) { Imported = imported };
}
