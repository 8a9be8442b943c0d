using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrmSite.Identity.Pages;

/// <summary>
/// The account pages and their policies: sign-in, password change and the admin language are open to everyone (on the anonymous
/// allowlist, rate-limited by address); the admin start page needs AccessAdminPanel, the users pages ManageUsers, the roles pages ManageRoles, the API clients pages ManageClientApplications.
/// </summary>
public static class AccountPages
{
    public const string LoginPage = "/Admin/Login";
    public const string ChangePasswordPage = "/Admin/ChangePassword";
    public const string CulturePage = "/Admin/Culture";
    public const string HomePage = "/Admin/Index";
    public const string HomePath = "/admin";
    public const string UsersFolder = "/Admin/Users";
    public const string RolesFolder = "/Admin/Roles";
    public const string ApiClientsFolder = "/Admin/ApiClients";

    public static void Authorize(RazorPagesOptions options)
    {
        options.Conventions.AllowAnonymousToPage(LoginPage);
        options.Conventions.AllowAnonymousToPage(ChangePasswordPage);
        options.Conventions.AllowAnonymousToPage(CulturePage);
        options.Conventions.AuthorizePage(HomePage, IdentityPermissions.AccessAdminPanel.Policy);
        options.Conventions.AuthorizeFolder(UsersFolder, IdentityPermissions.ManageUsers.Policy);
        options.Conventions.AuthorizeFolder(RolesFolder, IdentityPermissions.ManageRoles.Policy);
        options.Conventions.AuthorizeFolder(ApiClientsFolder, IdentityPermissions.ManageClientApplications.Policy);
    }
}
