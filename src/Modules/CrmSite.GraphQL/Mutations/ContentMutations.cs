using System.Text.Json;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;

namespace CrmSite.GraphQL.Mutations;

/// <summary>
/// The generic content mutations: <c>saveDraft(contentItem:)</c> takes an item in Orchard's JSON, as the REST API
/// and recipes do, and <c>publish</c>/<c>unpublish</c> take an item id. They write through
/// <see cref="ContentWrites"/>, so a mutation is allowed exactly when the same change through REST would be.
/// </summary>
public sealed class ContentMutations : IContentGraphContributor
{
    public void Contribute(ContentSchemaContext context)
    {
        var item = context.ItemInterface;
        context.Mutation.AddField(MutationField.Of<ContentWrites>("saveDraft",
            "Saves a content item as a draft: a new item (no ContentItemId, or one not used yet) or a new version of a stored one; " +
            "the published version, if any, stays online until publish. Returns the saved version. Needs EditContent on the item " +
            "(and its chapter), checked against the stored versions and the change.",
            item, [ItemArgument()], async (c, writes) =>
                await writes.SaveAsync(ParseItem(c.GetArgument<string>("contentItem")), null, publish: false, c.CancellationToken)));
        context.Mutation.AddField(MutationField.Of<ContentWrites>("publish",
            "Publishes the latest version of an item, replacing the published one. Returns the published version. Needs PublishContent.",
            item, [IdArgument("publish"), VersionArgument()], async (c, writes) =>
                await writes.PublishAsync(c.GetArgument<string>("contentItemId"), c.GetArgument<string?>("contentItemVersionId"), c.CancellationToken)));
        context.Mutation.AddField(MutationField.Of<ContentWrites>("unpublish",
            "Takes the published version of an item offline; the latest version stays as a draft. Returns the version taken offline. Needs PublishContent.",
            item, [IdArgument("unpublish")], async (c, writes) =>
                await writes.UnpublishAsync(c.GetArgument<string>("contentItemId"), c.CancellationToken)));
    }

    private static QueryArgument ItemArgument() => new(typeof(NonNullGraphType<StringGraphType>))
    {
        Name = "contentItem",
        Description = "The item as Orchard JSON text: ContentType, the parts and fields to save (e.g. {\"ContentType\":\"FactSheet\"," +
            "\"TitlePart\":{\"Title\":\"...\"},\"FactSheet\":{\"Year\":{\"Value\":2024}}}). Give ContentItemId to change a stored item; " +
            "its ContentItemVersionId, when given, is the version the change was based on, and the save fails with STALE if that is " +
            "no longer the latest. The item is saved as given, not merged: parts left out are not kept.",
    };

    private static QueryArgument IdArgument(string action) => new(typeof(NonNullGraphType<StringGraphType>))
    {
        Name = "contentItemId",
        Description = $"The id of the item to {action}.",
    };

    private static QueryArgument VersionArgument() => new(typeof(StringGraphType))
    {
        Name = "contentItemVersionId",
        Description = "The version you reviewed (e.g. the one saveDraft returned): the publish fails with STALE when another version " +
            "has become the latest since. Leave it out to publish whatever is latest.",
    };

    /// <summary>The <c>contentItem</c> argument as an item; text that is not a JSON object is INVALID, naming the argument.</summary>
    private static ContentItem ParseItem(string json)
    {
        try
        {
            return new ContentItem(ContentJson.ParseUntrusted(json, checkText: true));
        }
        catch (JsonException e)
        {
            throw MutationErrors.InvalidArgument("contentItem", $"contentItem is not a content item in JSON: {e.Message}");
        }
    }
}
