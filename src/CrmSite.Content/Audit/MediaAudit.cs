using CrmSite.Content.Store;

namespace CrmSite.Content.Audit;

/// <summary>
/// Records changes to the media library in the audit trail: who uploaded or deleted which file, who created or
/// deleted which folder. Never a file's content: its path and size only.
/// </summary>
public sealed class MediaAudit(CrmSiteDbContext db, TimeProvider clock)
{
    public const string MediaUploaded = "MediaUploaded";
    public const string MediaDeleted = "MediaDeleted";
    public const string MediaFolderCreated = "MediaFolderCreated";
    public const string MediaFolderDeleted = "MediaFolderDeleted";

    /// <summary>Records <paramref name="eventName"/> by <paramref name="userName"/> on <paramref name="path"/>, with <paramref name="details"/>.</summary>
    public async Task RecordAsync(string eventName, string? userName, string path, string? details = null, CancellationToken cancellationToken = default)
    {
        var record = new AuditEventRecord
        {
            EventName = eventName,
            UserName = userName is null ? null : IndexText.Bound(userName, 255),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Details = details is null ? path : $"{path} ({details})",
        };
        db.AuditEvents.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(record).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
    }
}
