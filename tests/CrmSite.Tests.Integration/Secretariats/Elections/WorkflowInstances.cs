using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Secretariats.Elections;

/// <summary>Reads a workflow instance from the store.</summary>
internal static class WorkflowInstances
{
    public static async Task<WorkflowInstance?> LatestForAsync(SiteFactory site, string correlationId)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowInstanceStore>().LatestForAsync(correlationId, CancellationToken.None);
    }
}
