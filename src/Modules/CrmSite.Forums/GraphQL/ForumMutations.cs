using CrmSite.Forums.ContentTypes;
using CrmSite.GraphQL.Mutations;
using CrmSite.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;

namespace CrmSite.Forums.GraphQL;

/// <summary>
/// <c>createForumTopic</c> and <c>createForumReply</c>: a member posts, published at once, in an open forum or
/// topic (<see cref="ForumPosting"/>). Added only when the forum types are defined.
/// </summary>
public sealed class ForumMutations : IContentGraphContributor
{
    public void Contribute(ContentSchemaContext context)
    {
        if (context.TypeOf(ForumTypes.Forum) is null || context.TypeOf(ForumTypes.ForumTopic) is not { } topic ||
            context.TypeOf(ForumTypes.ForumReply) is not { } reply)
        {
            return;
        }
        context.Mutation.AddField(MutationField.Of<ForumPosting>("createForumTopic",
            "Posts a new topic in a forum, published at once, as the caller. Fails with INVALID when the forum is closed to new topics, " +
            "NOT_FOUND when there is no such published forum, ACCESS_DENIED without EditContent and PublishContent for ForumTopic " +
            "(their own forms suffice). Returns the topic.",
            topic,
            [
                Argument("forumContentItemId", "The id of the forum to post in."),
                Argument("title", "The topic's title."),
                Argument("markdown", "The topic's text, in Markdown."),
            ],
            (c, posting) => posting.PostTopicAsync(c.GetArgument<string>("forumContentItemId"), c.GetArgument<string>("title"),
                c.GetArgument<string>("markdown"), c.CancellationToken)));
        context.Mutation.AddField(MutationField.Of<ForumPosting>("createForumReply",
            "Posts a reply in a topic, published at once, as the caller. Fails with INVALID when the topic or its forum is closed to new " +
            "replies, NOT_FOUND when there is no such published topic, ACCESS_DENIED without EditContent and PublishContent for " +
            "ForumReply (their own forms suffice). Returns the reply.",
            reply,
            [
                Argument("topicContentItemId", "The id of the topic to reply in."),
                Argument("markdown", "The reply's text, in Markdown."),
            ],
            (c, posting) => posting.PostReplyAsync(c.GetArgument<string>("topicContentItemId"), c.GetArgument<string>("markdown"),
                c.CancellationToken)));
    }

    private static QueryArgument Argument(string name, string description) =>
        new(typeof(NonNullGraphType<StringGraphType>)) { Name = name, Description = description };
}
