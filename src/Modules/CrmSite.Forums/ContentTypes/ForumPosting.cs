using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CrmSite.Content.Api;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Security;

namespace CrmSite.Forums.ContentTypes;

/// <summary>
/// A member posting a topic in a forum or a reply in a topic: the post is stored as the forums recipe stores
/// them (contained in its forum or topic, PostedBy the poster's name, a topic's path under its forum's path),
/// created published by the caller through <see cref="ContentWrites"/>, so the same permissions, write rules and
/// validation apply as for the REST API (nothing new in a closed forum or topic).
/// </summary>
public sealed class ForumPosting(ContentReader reader, ContentWrites writes, ContentAuthorization authorization, ContentActor actor)
{
    private const int MaxSlugLength = 60;

    public async Task<ContentResult> PostTopicAsync(string forumContentItemId, string title, string markdown, CancellationToken cancellationToken)
    {
        if (CheckText(title, markdown) is { } invalid)
        {
            return invalid;
        }
        var (forum, missing) = await FindContainerAsync(forumContentItemId, ForumTypes.Forum, "forumContentItemId", cancellationToken);
        if (forum is null)
        {
            return missing!;
        }
        var topic = await NewPostAsync(ForumTypes.ForumTopic, forum, markdown, cancellationToken);
        topic.GetOrCreatePart(BuiltInParts.TitlePart)["Title"] = title;
        topic.GetOrCreatePart(ForumTypes.ForumTopic)[ForumTypes.ClosedField] = new JsonObject { ["Value"] = false };
        topic.GetOrCreatePart(BuiltInParts.ListPart);
        var basePath = (Text(forum.Part(BuiltInParts.AutoroutePart), "Path") ?? "forums") + "/" + Slug(title, topic.ContentItemId);
        topic.GetOrCreatePart(BuiltInParts.AutoroutePart)["Path"] = basePath;
        var posted = await SaveAsync(topic, cancellationToken);
        if (OnlyPathTaken(posted))
        {
            // Another topic has this title in this forum: the new one's path gets a piece of its id.
            topic.GetOrCreatePart(BuiltInParts.AutoroutePart)["Path"] = basePath + "-" + topic.ContentItemId[^6..].ToLowerInvariant();
            posted = await SaveAsync(topic, cancellationToken);
        }
        return posted;
    }

    public async Task<ContentResult> PostReplyAsync(string topicContentItemId, string markdown, CancellationToken cancellationToken)
    {
        if (CheckText(null, markdown) is { } invalid)
        {
            return invalid;
        }
        var (topic, missing) = await FindContainerAsync(topicContentItemId, ForumTypes.ForumTopic, "topicContentItemId", cancellationToken);
        if (topic is null)
        {
            return missing!;
        }
        var reply = await NewPostAsync(ForumTypes.ForumReply, topic, markdown, cancellationToken);
        reply.DisplayText = "Re: " + topic.DisplayText;
        return await SaveAsync(reply, cancellationToken);
    }

    /// <summary>
    /// The published <paramref name="containerType"/> with that id, when the caller may read it; otherwise a
    /// NotFound naming the argument (an id of anything else is answered the same way).
    /// </summary>
    private async Task<(ContentItem? Container, ContentResult? Missing)> FindContainerAsync(string id, string containerType, string argument,
        CancellationToken cancellationToken)
    {
        var container = IdGenerator.IsWellFormed(id) ? await reader.GetAsync(id, VersionOptions.Published, cancellationToken) : null;
        if (container is not null && container.ContentType == containerType && await authorization.CanAsync(ContentPermissions.ViewContent, container))
        {
            return (container, null);
        }
        var kind = containerType == ForumTypes.Forum ? "forum" : "forum topic";
        return (null, ContentResult.Fail(ContentFailure.NotFound, new ContentError(argument, $"There is no published {kind} '{id}'.")));
    }

    private async Task<ContentItem> NewPostAsync(string contentType, ContentItem container, string markdown, CancellationToken cancellationToken)
    {
        // Posts are numbered in the order they arrive, as the recipe numbers the posts of a thread.
        var (_, count) = await reader.PageAsync(contentType, VersionOptions.Latest, 0, 0, containedIn: container.ContentItemId,
            cancellationToken: cancellationToken);
        var post = new ContentItem(contentType) { ContentItemId = IdGenerator.NewId() };
        post.GetOrCreatePart(BuiltInParts.ContainedPart)["ListContentItemId"] = container.ContentItemId;
        post.GetOrCreatePart(BuiltInParts.ContainedPart)["Order"] = count;
        post.GetOrCreatePart(BuiltInParts.MarkdownBodyPart)["Markdown"] = markdown;
        post.GetOrCreatePart(contentType)["PostedBy"] = new JsonObject { ["Text"] = actor.UserName };
        return post;
    }

    // The item is saved from a copy: the content manager stamps what it saves, and a retry starts from the post as built.
    private Task<ContentResult> SaveAsync(ContentItem post, CancellationToken cancellationToken) =>
        writes.SaveAsync(post.Clone(), null, publish: true, cancellationToken);

    /// <summary>
    /// A post without text (or a topic without a title), or with text that cannot be stored (an unpaired
    /// surrogate), is refused before anything is looked up.
    /// </summary>
    private static ContentResult? CheckText(string? title, string markdown)
    {
        var errors = new List<ContentError>();
        if (title is not null && string.IsNullOrWhiteSpace(title))
        {
            errors.Add(new ContentError("TitlePart.Title", $"A title is required."));
        }
        else if (title is not null && !IsUnicode(title))
        {
            errors.Add(new ContentError("TitlePart.Title", $"The title holds text that is not valid Unicode (an unpaired surrogate)."));
        }
        if (string.IsNullOrWhiteSpace(markdown))
        {
            errors.Add(new ContentError("MarkdownBodyPart.Markdown", $"A post needs some text."));
        }
        else if (!IsUnicode(markdown))
        {
            errors.Add(new ContentError("MarkdownBodyPart.Markdown", $"The text is not valid Unicode (an unpaired surrogate)."));
        }
        return errors.Count > 0 ? ContentResult.Fail(ContentFailure.Invalid, [.. errors]) : null;
    }

    private static bool IsUnicode(string text) =>
        System.Text.Unicode.Utf8.FromUtf16(text, new byte[Encoding.UTF8.GetMaxByteCount(text.Length)], out _, out _,
            replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done;

    private static bool OnlyPathTaken(ContentResult result) =>
        result.Failure == ContentFailure.Invalid && result.Errors.All(e => e.Member == "AutoroutePart.Path");

    /// <summary>The title in lower case, letters and digits kept (any script), everything else a single dash.</summary>
    private static string Slug(string title, string contentItemId)
    {
        var slug = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
            if (slug.Length >= MaxSlugLength)
            {
                break;
            }
        }
        var text = slug.ToString().Trim('-');
        return text.Length > 0 ? text : contentItemId.ToLowerInvariant();
    }

    private static string? Text(JsonObject? part, string property) =>
        part?[property] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
