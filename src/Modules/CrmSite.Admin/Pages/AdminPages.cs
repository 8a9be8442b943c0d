using CrmSite.Content.Media;
using CrmSite.Content.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Admin.Pages;

/// <summary>The policies of this module's pages.</summary>
public static class AdminPages
{
    public const string AuditFolder = "/Admin/Audit";
    public const string ContentFolder = "/Admin/Content";
    public const string DefinitionsFolder = "/Admin/Definitions";
    public const string MediaFolder = "/Admin/Media";

    /// <summary>The admin panel's permission (defined by the Identity module, named here: modules meet by permission name).</summary>
    public const string AccessAdminPanelPolicy = "Permission:AccessAdminPanel";

    public static void Authorize(RazorPagesOptions options)
    {
        options.Conventions.AuthorizeFolder(AuditFolder, ContentPermissions.ViewAuditTrail.Policy);
        // Each list also checks the caller may preview the type's items (all or their own).
        options.Conventions.AuthorizeFolder(ContentFolder, AccessAdminPanelPolicy);
        // Reading needs ViewContentTypes (EditContentTypes implies it); each POST handler also checks EditContentTypes.
        options.Conventions.AuthorizeFolder(DefinitionsFolder, AdminPermissions.ViewContentTypes.Policy);
        // Browsing the library is for those who manage it; visitors reach the files themselves at /media/.
        options.Conventions.AuthorizeFolder(MediaFolder, MediaPermissions.ManageMedia.Policy);
        // The editor answers both its routes: a new item has no id.
        options.Conventions.AddPageRoute("/Admin/Content/Edit", "admin/content/{type}/create");
    }
}
