using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Workflows.Pages;

/// <summary>
/// The policies of this module's pages: workflow types and instances need ManageWorkflows (a retry also
/// ExecuteWorkflows, checked by its handler); the approvals inbox only a signed-in admin user, since each task
/// decides for itself who may see and complete it.
/// </summary>
public static class WorkflowPages
{
    public const string WorkflowsFolder = "/Admin/Workflows";
    public const string ApprovalsFolder = "/Admin/Approvals";

    /// <summary>The admin panel's permission (defined by the Identity module, named here: modules meet by permission name).</summary>
    public const string AccessAdminPanelPolicy = "Permission:AccessAdminPanel";

    public static void Authorize(RazorPagesOptions options)
    {
        options.Conventions.AuthorizeFolder(WorkflowsFolder, WorkflowPermissions.ManageWorkflows.Policy);
        options.Conventions.AuthorizeFolder(ApprovalsFolder, AccessAdminPanelPolicy);
    }
}
