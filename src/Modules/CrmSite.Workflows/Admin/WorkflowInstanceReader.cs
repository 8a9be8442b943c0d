using CrmSite.Content.Store;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Workflows.Admin;

/// <summary>The admin's reads of instances: counts by type and status, and a type's instances a page at a time.</summary>
public sealed class WorkflowInstanceReader(CrmSiteDbContext db)
{
    public const int PageSize = 50;

    /// <summary>For each type that has instances, how many it has in each status.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<WorkflowStatus, int>>> CountsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<WorkflowRecord>().AsNoTracking()
            .GroupBy(w => new { w.WorkflowTypeId, w.Status })
            .Select(g => new { g.Key.WorkflowTypeId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.WorkflowTypeId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<WorkflowStatus, int>)g.ToDictionary(r => (WorkflowStatus)r.Status, r => r.Count),
            StringComparer.Ordinal);
    }

    /// <summary>Page <paramref name="page"/> (from 1) of the type's instances, newest first, and how many there are.</summary>
    public async Task<(IReadOnlyList<WorkflowInstanceRow> Rows, int Total)> PageAsync(string workflowTypeId, WorkflowStatus? status, int page,
        CancellationToken cancellationToken)
    {
        var query = db.Set<WorkflowRecord>().AsNoTracking().Where(w => w.WorkflowTypeId == workflowTypeId);
        if (status is { } wanted)
        {
            query = query.Where(w => w.Status == (int)wanted);
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(w => w.Id).Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .Select(w => new { w.WorkflowId, w.Status, w.CorrelationId, w.FaultMessage, w.CreatedUtc, w.UpdatedUtc })
            .ToListAsync(cancellationToken);
        return ([.. rows.Select(r => new WorkflowInstanceRow(r.WorkflowId, (WorkflowStatus)r.Status, r.CorrelationId, r.FaultMessage,
            r.CreatedUtc, r.UpdatedUtc))], total);
    }
}
