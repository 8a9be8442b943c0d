using CrmSite.Content.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Admin.Pages;

/// <summary>The policies of this module's pages.</summary>
public static class AdminPages
{
    public const string AuditFolder = "/Admin/Audit";

    public static void Authorize(RazorPagesOptions options) =>
        options.Conventions.AuthorizeFolder(AuditFolder, ContentPermissions.ViewAuditTrail.Policy);
}
