using CrmSite.Content.Store;
using CrmSite.Workflows.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Workflows.Timers;

/// <summary>
/// The last slot each timer fired for (<c>WorkflowTimers</c>). A slot is claimed with a conditional write before
/// its workflow runs, so it fires once even if two nodes see it, the lock lapsed, or the run crashed.
/// </summary>
public sealed class TimerSlots(CrmSiteDbContext db)
{
    public async Task<IReadOnlyDictionary<string, DateTime>> LastAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<string, DateTime>();
        }
        var rows = await db.Set<WorkflowTimerRecord>().AsNoTracking().Where(t => keys.Contains(t.Key)).ToListAsync(cancellationToken);
        return rows.ToDictionary(t => t.Key, t => TimerSchedule.AsUtc(t.LastSlotUtc), StringComparer.Ordinal);
    }

    /// <summary>
    /// Records <paramref name="slot"/> for <paramref name="key"/> if the timer's last slot is still
    /// <paramref name="previous"/> (none, when null) or earlier; false when someone recorded it or a later one first.
    /// </summary>
    public async Task<bool> ClaimAsync(string key, DateTime? previous, DateTime slot, CancellationToken cancellationToken)
    {
        slot = TimerSchedule.AsUtc(slot);
        if (previous is null)
        {
            return await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "WorkflowTimers" ("Key", "LastSlotUtc") VALUES ({key}, {slot}) ON CONFLICT ("Key") DO NOTHING
                """, cancellationToken) == 1;
        }
        return await db.Set<WorkflowTimerRecord>().Where(t => t.Key == key && t.LastSlotUtc < slot)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastSlotUtc, slot), cancellationToken) == 1;
    }
}
