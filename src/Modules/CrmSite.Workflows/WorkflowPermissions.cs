using CrmSite.Content.Security;

namespace CrmSite.Workflows;

/// <summary>The Workflows module's permissions, with Orchard's names.</summary>
public static class WorkflowPermissions
{
    public static readonly Permission ManageWorkflows = new("ManageWorkflows", "Manage workflow types and instances");

    public static readonly Permission ExecuteWorkflows = new("ExecuteWorkflows", "Run workflows by hand and retry faulted ones", [ManageWorkflows]);

    public static readonly IReadOnlyList<Permission> All = [ManageWorkflows, ExecuteWorkflows];
}
