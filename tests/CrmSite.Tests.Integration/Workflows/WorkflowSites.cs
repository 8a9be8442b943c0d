using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Workflows;

/// <summary>Reads workflow instances straight from the store, for tests to check what ran.</summary>
internal static class WorkflowSites
{
    public static async Task<IReadOnlyList<WorkflowInstance>> InstancesAsync(this SiteFactory site, string workflowTypeId)
    {
        using var scope = site.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<WorkflowInstanceStore>();
        var db = scope.ServiceProvider.GetRequiredService<CrmSiteDbContext>();
        var records = db.Set<WorkflowRecord>().Where(w => w.WorkflowTypeId == workflowTypeId).OrderBy(w => w.Id).ToList();
        var instances = new List<WorkflowInstance>();
        foreach (var record in records)
        {
            instances.Add(await store.ToInstanceAsync(record, CancellationToken.None));
        }
        return instances;
    }

    /// <summary>A fresh workflow type id (26 letters and digits).</summary>
    public static string NewTypeId() => CrmSite.Content.Items.IdGenerator.NewId();
}
