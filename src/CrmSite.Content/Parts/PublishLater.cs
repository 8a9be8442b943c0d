using System.Text.Json.Nodes;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Content.Parts;

/// <summary>
/// PublishLaterPart: a schedule is a promise to publish, so setting one needs PublishContent (the API checks
/// <see cref="IsScheduled"/>), and publishing a version clears its schedule, as Orchard does, so that a later
/// draft is not published by an old date.
/// </summary>
public sealed class PublishLater : IContentHandler
{
    public const string DateProperty = "ScheduledPublishUtc";

    public static bool IsScheduled(ContentItem item) =>
        item.Part(BuiltInParts.PublishLaterPart)?[DateProperty] is JsonValue value &&
        value.TryGetValue<string>(out var date) && date.Length > 0;

    public Task PublishingAsync(ContentContext context, CancellationToken cancellationToken)
    {
        if (context.Item.Part(BuiltInParts.PublishLaterPart) is { } part && part.ContainsKey(DateProperty))
        {
            part[DateProperty] = null;
        }
        return Task.CompletedTask;
    }
}
