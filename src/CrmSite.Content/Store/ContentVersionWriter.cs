using CrmSite.Content.Definitions;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Content.Store;

/// <summary>
/// Writes versions. Concurrency rests on one atomic step: the base version loses its Latest flag only if it still
/// has it, so of two writers on one base exactly one succeeds; the unique indexes back this up. Rows are inserted
/// with prepared commands (<see cref="RowInserter{TEntity}"/>), not through the change tracker.
/// </summary>
public sealed class ContentVersionWriter(CrmSiteDbContext db, ContentActor actor, TimeProvider clock) : IDisposable
{
    private readonly RowInserter<ContentItemRecord> _versions = new(db);
    private readonly RowInserter<FieldIndexRecord> _fields = new(db);
    private readonly RowInserter<IndexingTaskRecord> _tasks = new(db);
    private readonly RowInserter<AuditEventRecord> _audit = new(db);

    /// <summary>Writes <paramref name="item"/> as the new latest version, replacing the base <paramref name="write"/> names.</summary>
    /// <returns>False when the base is no longer the latest version.</returns>
    public async Task<bool> WriteAsync(ContentItem item, ContentTypeDefinition type, ContentDefinitionDocument definitions,
        VersionWrite write, CancellationToken cancellationToken)
    {
        var id = item.ContentItemId;
        if (write.BaseVersionId is { } baseVersionId &&
            await db.ContentItems.Where(v => v.ContentItemVersionId == baseVersionId && v.Latest)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Latest, false), cancellationToken) == 0)
        {
            return false;
        }
        if (write.Publish)
        {
            if (!write.IsNew)
            {
                await db.ContentItems.Where(v => v.ContentItemId == id && v.Published)
                    .ExecuteUpdateAsync(s => s.SetProperty(v => v.Published, false), cancellationToken);
            }
            // An import carries the item's own publication date; an edit publishes now.
            item.PublishedUtc = write.KeepPublishedUtc && item.PublishedUtc is { } date ? date : Now;
        }
        var number = write.IsNew
            ? 0
            : await db.ContentItems.Where(v => v.ContentItemId == id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        if (string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            item.ContentItemVersionId = IdGenerator.NewId();
        }
        item.Latest = true;
        item.Published = write.Publish;
        await _versions.InsertAsync(ContentRecords.ToRecord(item, number + 1), cancellationToken);
        await IndexFieldsAsync(item, type, definitions, replace: false, cancellationToken);
        await LogAsync(item, write.AuditEvent, IndexingTaskType.Update, cancellationToken);
        if (!write.IsNew && !type.TypeSettings.Versionable)
        {
            // Types without history keep only what is live: the latest version and the published one.
            await db.ContentItems.Where(v => v.ContentItemId == id && !v.Latest && !v.Published)
                .ExecuteDeleteAsync(cancellationToken);
        }
        return true;
    }

    /// <summary>Rewrites an existing version in place (recipe re-import of a known version id).</summary>
    public async Task ReplaceAsync(ContentItem item, ContentTypeDefinition type, ContentDefinitionDocument definitions,
        CancellationToken cancellationToken)
    {
        var versionId = item.ContentItemVersionId;
        var json = item.ToJson();
        await db.ContentItems.Where(v => v.ContentItemVersionId == versionId).ExecuteUpdateAsync(s => s
            .SetProperty(v => v.Data, json)
            .SetProperty(v => v.DisplayText, item.DisplayText)
            .SetProperty(v => v.ModifiedUtc, item.ModifiedUtc), cancellationToken);
        await IndexFieldsAsync(item, type, definitions, replace: true, cancellationToken);
        await LogAsync(item, "Imported", IndexingTaskType.Update, cancellationToken);
    }

    /// <summary>Makes the latest version the published one, keeping what Publishing handlers changed in it.</summary>
    public async Task<bool> PublishLatestAsync(ContentItem latest, ContentTypeDefinition? type, ContentDefinitionDocument definitions,
        CancellationToken cancellationToken)
    {
        var id = latest.ContentItemId;
        var now = Now;
        latest.Published = true;
        latest.PublishedUtc = now;
        var json = latest.ToJson();
        await db.ContentItems.Where(v => v.ContentItemId == id && v.Published && !v.Latest)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Published, false), cancellationToken);
        var versionId = latest.ContentItemVersionId;
        var updated = await db.ContentItems.Where(v => v.ContentItemVersionId == versionId && v.Latest)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Published, true).SetProperty(v => v.PublishedUtc, now)
                .SetProperty(v => v.Data, json), cancellationToken);
        if (updated == 0)
        {
            return false;
        }
        if (type is not null)
        {
            await IndexFieldsAsync(latest, type, definitions, replace: true, cancellationToken);
        }
        await LogAsync(latest, "Published", IndexingTaskType.Update, cancellationToken);
        return true;
    }

    public async Task<bool> UnpublishAsync(ContentItem published, CancellationToken cancellationToken)
    {
        var id = published.ContentItemId;
        if (await db.ContentItems.Where(v => v.ContentItemId == id && v.Published)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Published, false), cancellationToken) == 0)
        {
            return false;
        }
        published.Published = false;
        await LogAsync(published, "Unpublished", IndexingTaskType.Update, cancellationToken);
        return true;
    }

    /// <summary>Soft delete: no version stays latest or published; the rows stay for the audit trail and restore.</summary>
    public async Task<bool> RemoveAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var id = item.ContentItemId;
        if (await db.ContentItems.Where(v => v.ContentItemId == id && (v.Latest || v.Published))
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Latest, false).SetProperty(v => v.Published, false), cancellationToken) == 0)
        {
            return false;
        }
        await LogAsync(item, "Removed", IndexingTaskType.Delete, cancellationToken);
        return true;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task IndexFieldsAsync(ContentItem item, ContentTypeDefinition type, ContentDefinitionDocument definitions,
        bool replace, CancellationToken cancellationToken)
    {
        if (replace)
        {
            var versionId = item.ContentItemVersionId;
            await db.FieldIndex.Where(f => f.ContentItemVersionId == versionId).ExecuteDeleteAsync(cancellationToken);
        }
        foreach (var field in FieldIndexer.Index(item, type, definitions))
        {
            await _fields.InsertAsync(field, cancellationToken);
        }
    }

    private async Task LogAsync(ContentItem item, string auditEvent, IndexingTaskType taskType, CancellationToken cancellationToken)
    {
        var now = Now;
        await _tasks.InsertAsync(new IndexingTaskRecord { ContentItemId = item.ContentItemId, Type = taskType, CreatedUtc = now }, cancellationToken);
        await _audit.InsertAsync(new AuditEventRecord
        {
            EventName = auditEvent,
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            UserName = actor.UserName,
            CreatedUtc = now,
        }, cancellationToken);
    }

    public void Dispose()
    {
        _versions.Dispose();
        _fields.Dispose();
        _tasks.Dispose();
        _audit.Dispose();
    }
}
