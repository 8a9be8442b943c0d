using CrmSite.Content.Items;
using CrmSite.Content.Store;

namespace CrmSite.Workflows.Triggers;

/// <summary>Records what people and workflows decided (a task completed, an instance retried) in the audit trail.</summary>
public sealed class WorkflowAudit(CrmSiteDbContext db, TimeProvider clock)
{
    public const string UserTaskCompleted = "WorkflowUserTaskCompleted";
    public const string InstanceRetried = "WorkflowRetried";
    public const string TypeSaved = "WorkflowTypeSaved";
    public const string TypeDeleted = "WorkflowTypeDeleted";

    /// <summary>Records <paramref name="eventName"/> by <paramref name="userName"/>, about <paramref name="item"/> when there is one.</summary>
    public async Task RecordAsync(string eventName, string? userName, ContentItem? item, string details, CancellationToken cancellationToken)
    {
        var record = new AuditEventRecord
        {
            EventName = eventName,
            ContentItemId = item?.ContentItemId,
            ContentItemVersionId = item?.ContentItemVersionId,
            ContentType = item?.ContentType,
            UserName = userName is null ? null : (userName.Length <= 255 ? userName : userName[..255]),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Details = details,
        };
        db.AuditEvents.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(record).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
    }
}
