using System.Text.Json;
using CrmSite.Content.Items;
using CrmSite.Content.Store;
using CrmSite.Workflows.Model;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Workflows.Store;

/// <summary>
/// Reads and writes workflow instances. A save replaces the instance's blocking activities in the same
/// transaction; a resume first claims the instance (Halted → Resuming with its version stamp), so that two callers
/// completing the same task cannot both run it.
/// </summary>
public sealed class WorkflowInstanceStore(CrmSiteDbContext db)
{
    public async Task<WorkflowInstance?> GetAsync(string workflowId, CancellationToken cancellationToken)
    {
        var record = await db.Set<WorkflowRecord>().AsNoTracking().FirstOrDefaultAsync(w => w.WorkflowId == workflowId, cancellationToken);
        return record is null ? null : await ToInstanceAsync(record, cancellationToken);
    }

    /// <summary>The newest instance correlated with <paramref name="correlationId"/>, or null.</summary>
    public async Task<WorkflowInstance?> LatestForAsync(string correlationId, CancellationToken cancellationToken)
    {
        var record = await db.Set<WorkflowRecord>().AsNoTracking().Where(w => w.CorrelationId == correlationId)
            .OrderByDescending(w => w.Id).FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : await ToInstanceAsync(record, cancellationToken);
    }

    /// <summary>Halted instances waiting on an event named <paramref name="activityName"/> for <paramref name="correlationId"/> (any, when null).</summary>
    public async Task<IReadOnlyList<(WorkflowInstance Instance, string ActivityId)>> WaitingOnAsync(string activityName, string? correlationId,
        CancellationToken cancellationToken)
    {
        var query = db.Set<BlockingActivityRecord>().AsNoTracking().Where(b => b.ActivityName == activityName);
        if (correlationId is not null)
        {
            query = query.Where(b => b.CorrelationId == correlationId);
        }
        var halted = (int)WorkflowStatus.Halted;
        var rows = await (from b in query
                          join w in db.Set<WorkflowRecord>().AsNoTracking() on b.WorkflowId equals w.WorkflowId
                          where w.Status == halted
                          orderby b.Id
                          select new { Record = w, b.ActivityId }).Take(1000).ToListAsync(cancellationToken);
        var found = new List<(WorkflowInstance, string)>();
        foreach (var row in rows)
        {
            found.Add((await ToInstanceAsync(row.Record, cancellationToken), row.ActivityId));
        }
        return found;
    }

    /// <summary>Whether an instance of the type is still unfinished (for singleton types).</summary>
    public Task<bool> HasUnfinishedAsync(string workflowTypeId, CancellationToken cancellationToken)
    {
        int[] done = [(int)WorkflowStatus.Finished, (int)WorkflowStatus.Faulted, (int)WorkflowStatus.Aborted];
        return db.Set<WorkflowRecord>().AnyAsync(w => w.WorkflowTypeId == workflowTypeId && !done.Contains(w.Status), cancellationToken);
    }

    /// <summary>
    /// Moves the instance from <paramref name="from"/> to <paramref name="to"/> if nobody else has touched it since
    /// it was read; false when someone has (or it is no longer in <paramref name="from"/>).
    /// </summary>
    public async Task<bool> ClaimAsync(WorkflowInstance instance, WorkflowStatus from, WorkflowStatus to, DateTime now,
        CancellationToken cancellationToken)
    {
        var version = instance.Version;
        var updated = await db.Set<WorkflowRecord>()
            .Where(w => w.WorkflowId == instance.WorkflowId && w.Status == (int)from && w.Version == version)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, (int)to).SetProperty(w => w.Version, version + 1)
                .SetProperty(w => w.UpdatedUtc, now), cancellationToken);
        if (updated == 0)
        {
            return false;
        }
        instance.Status = to;
        instance.Version = version + 1;
        return true;
    }

    /// <summary>Inserts a new instance or updates a claimed one, with its blocking activities.</summary>
    /// <exception cref="DbUpdateConcurrencyException">Someone else saved the instance since it was claimed.</exception>
    public async Task SaveAsync(WorkflowInstance instance, DateTime now, CancellationToken cancellationToken)
    {
        instance.UpdatedUtc = now;
        var state = JsonSerializer.Serialize(instance.State, ContentJson.SerializerOptions);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (instance.Id == 0)
        {
            var record = new WorkflowRecord
            {
                WorkflowId = instance.WorkflowId,
                WorkflowTypeId = instance.WorkflowTypeId,
                Status = (int)instance.Status,
                CorrelationId = Bound(instance.CorrelationId),
                FaultMessage = instance.FaultMessage,
                State = state,
                StartedBy = Bound(instance.StartedBy),
                CreatedUtc = instance.CreatedUtc,
                UpdatedUtc = now,
                Version = 1,
            };
            db.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(record).State = EntityState.Detached;
            instance.Id = record.Id;
            instance.Version = 1;
        }
        else
        {
            var version = instance.Version;
            var updated = await db.Set<WorkflowRecord>()
                .Where(w => w.WorkflowId == instance.WorkflowId && w.Version == version)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(w => w.Status, (int)instance.Status)
                    .SetProperty(w => w.CorrelationId, Bound(instance.CorrelationId))
                    .SetProperty(w => w.FaultMessage, instance.FaultMessage)
                    .SetProperty(w => w.State, state)
                    .SetProperty(w => w.UpdatedUtc, now)
                    .SetProperty(w => w.Version, version + 1), cancellationToken);
            if (updated == 0)
            {
                throw new DbUpdateConcurrencyException($"Workflow {instance.WorkflowId} was changed by another writer.");
            }
            instance.Version = version + 1;
            await db.Set<BlockingActivityRecord>().Where(b => b.WorkflowId == instance.WorkflowId).ExecuteDeleteAsync(cancellationToken);
        }
        foreach (var blocking in instance.BlockingActivities)
        {
            db.Add(new BlockingActivityRecord
            {
                WorkflowId = instance.WorkflowId,
                WorkflowTypeId = instance.WorkflowTypeId,
                ActivityId = blocking.ActivityId,
                ActivityName = blocking.Name,
                IsStart = blocking.IsStart,
                CorrelationId = Bound(instance.CorrelationId),
                CreatedUtc = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task<bool> DeleteAsync(string workflowId, CancellationToken cancellationToken)
    {
        await db.Set<BlockingActivityRecord>().Where(b => b.WorkflowId == workflowId).ExecuteDeleteAsync(cancellationToken);
        return await db.Set<WorkflowRecord>().Where(w => w.WorkflowId == workflowId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    internal async Task<WorkflowInstance> ToInstanceAsync(WorkflowRecord record, CancellationToken cancellationToken)
    {
        var blocking = await db.Set<BlockingActivityRecord>().AsNoTracking()
            .Where(b => b.WorkflowId == record.WorkflowId).OrderBy(b => b.Id)
            .Select(b => new BlockingActivity(b.ActivityId, b.ActivityName, b.IsStart)).ToListAsync(cancellationToken);
        return new WorkflowInstance
        {
            Id = record.Id,
            WorkflowId = record.WorkflowId,
            WorkflowTypeId = record.WorkflowTypeId,
            Status = (WorkflowStatus)record.Status,
            CorrelationId = record.CorrelationId,
            FaultMessage = record.FaultMessage,
            State = JsonSerializer.Deserialize<WorkflowState>(record.State, ContentJson.SerializerOptions) ?? new WorkflowState(),
            BlockingActivities = blocking,
            CreatedUtc = record.CreatedUtc,
            UpdatedUtc = record.UpdatedUtc,
            StartedBy = record.StartedBy,
            Version = record.Version,
        };
    }

    private static string? Bound(string? value) => value is null ? null : (value.Length <= 255 ? value : value[..255]);
}
