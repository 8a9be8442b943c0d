using CrmSite.Content.Items;
using CrmSite.Content.Store;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Workflows.Trimming;

/// <summary>
/// Deletes instances that ended (Finished, Faulted or Aborted) before a moment, as Orchard's workflow trimming does,
/// with their blocking activities and timer slots, a batch per transaction so that a large backlog never holds
/// the store for long. An instance's age is its last update: when it ended.
/// </summary>
public sealed class WorkflowTrimmer(CrmSiteDbContext db)
{
    private static readonly int[] Ended = [(int)WorkflowStatus.Finished, (int)WorkflowStatus.Faulted, (int)WorkflowStatus.Aborted];

    /// <summary>Deletes the instances that ended before <paramref name="endedBeforeUtc"/>; returns how many.</summary>
    public async Task<int> TrimAsync(DateTime endedBeforeUtc, int batchSize, CancellationToken cancellationToken)
    {
        var trimmed = 0;
        while (true)
        {
            var ids = await db.Set<WorkflowRecord>().AsNoTracking()
                .Where(w => Ended.Contains(w.Status) && w.UpdatedUtc < endedBeforeUtc)
                .OrderBy(w => w.Id).Select(w => w.WorkflowId).Take(batchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return trimmed;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Set<BlockingActivityRecord>().Where(b => ids.Contains(b.WorkflowId)).ExecuteDeleteAsync(cancellationToken);
            // A waiting timer's key starts with its instance's id: {WorkflowId}/{ActivityId}.
            await db.Set<WorkflowTimerRecord>().Where(t => ids.Contains(t.Key.Substring(0, IdGenerator.Length)))
                .ExecuteDeleteAsync(cancellationToken);
            trimmed += await db.Set<WorkflowRecord>().Where(w => ids.Contains(w.WorkflowId)).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (ids.Count < batchSize)
            {
                return trimmed;
            }
        }
    }
}
