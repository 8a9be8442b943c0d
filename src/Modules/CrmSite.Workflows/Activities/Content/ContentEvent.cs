using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Content;

/// <summary>
/// Orchard's content events (<c>ContentCreatedEvent</c>, <c>ContentPublishedEvent</c>, …): they apply to the types
/// in <c>ContentTypeFilter</c> (every type when it is empty), and hand the item on as the last result.
/// </summary>
public sealed class ContentEvent(string name) : EventActivity
{
    public const string Created = "ContentCreatedEvent";
    public const string Updated = "ContentUpdatedEvent";
    public const string Published = "ContentPublishedEvent";
    public const string Unpublished = "ContentUnpublishedEvent";
    public const string Deleted = "ContentDeletedEvent";
    public const string DraftSaved = "ContentDraftSavedEvent";

    public static readonly IReadOnlyList<string> Names = [Created, Updated, Published, Unpublished, Deleted, DraftSaved];

    public override string Name => name;

    public override Task<bool> CanExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var filter = activity.List("ContentTypeFilter");
        var type = workflow.ContentItem?.ContentType;
        return Task.FromResult(type is not null && (filter.Count == 0 || filter.Contains(type, StringComparer.OrdinalIgnoreCase)));
    }

    public override Task<ActivityResult> ResumeAsync(WorkflowContext workflow, ActivityContext activity)
    {
        workflow.LastResult = workflow.Input["ContentItem"]?.DeepClone();
        return Task.FromResult(ActivityResult.Outcomes("Done"));
    }
}
