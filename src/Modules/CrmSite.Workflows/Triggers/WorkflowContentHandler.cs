using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Workflows.Activities.Content;

namespace CrmSite.Workflows.Triggers;

/// <summary>
/// Turns content events into workflow events, correlated on the item's ContentItemId, with the item and the
/// acting user as input. They are queued and run once the change commits.
/// </summary>
public sealed class WorkflowContentHandler(WorkflowEvents events, ContentActor actor) : IContentHandler
{
    public Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => Raise(ContentEvent.Created, context);

    public Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken) => Raise(ContentEvent.Updated, context);

    public Task VersionedAsync(ContentContext context, CancellationToken cancellationToken) =>
        context.Item.Published ? Task.CompletedTask : Raise(ContentEvent.DraftSaved, context);

    public Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => Raise(ContentEvent.Published, context);

    public Task UnpublishedAsync(ContentContext context, CancellationToken cancellationToken) => Raise(ContentEvent.Unpublished, context);

    public Task RemovedAsync(ContentContext context, CancellationToken cancellationToken) => Raise(ContentEvent.Deleted, context);

    private Task Raise(string name, ContentContext context)
    {
        events.Enqueue(new PendingEvent(name, Input(context.Item, actor), context.Item.ContentItemId));
        return Task.CompletedTask;
    }

    /// <summary>
    /// A content event's input: the item as it is now, and who changed it (<c>UserId</c>, <c>UserName</c>, and
    /// <c>ChangedBy</c>, which later inputs such as a user task's leave alone, so it still names the last author).
    /// </summary>
    public static JsonObject Input(ContentItem item, ContentActor actor) => new()
    {
        ["ContentItem"] = ContentJson.CloneObject(item.Data),
        ["UserId"] = actor.UserId,
        ["UserName"] = actor.UserName,
        ["ChangedBy"] = actor.UserId,
    };
}
