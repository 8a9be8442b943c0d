using CrmSite.Admin.AuditTrail;
using CrmSite.Admin.Editing;
using CrmSite.Admin.Pages;
using CrmSite.Content.Modules;
using CrmSite.Content.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Admin;

/// <summary>
/// The admin shell's pages that belong to no other module: the content lists and the generic content editor with
/// its history and preview (<c>/admin/content</c>), the audit trail (<c>/admin/audit</c>) and the content
/// definition pages (<c>/admin/definitions</c>). Its
/// layout (<c>_AdminLayout</c>) is the one admin pages of this module share.
/// </summary>
public sealed class AdminModule : IModule
{
    public string Name => "CrmSite.Admin";

    public IReadOnlyCollection<string> Features => ["OrchardCore.Admin", "OrchardCore.AuditTrail"];

    public IReadOnlyCollection<Permission> Permissions => AdminPermissions.All;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AuditTrailReader>();
        services.AddScoped<Contents.ContentListing>();
        services.AddScoped<EditorChoices>();
        services.AddScoped<EditorFields>();
        services.AddScoped<EditorMedia>();
        services.AddScoped<Definitions.DefinitionEditing>();
        services.AddRazorPages(AdminPages.Authorize).AddApplicationPart(typeof(AdminModule).Assembly);
    }
}
