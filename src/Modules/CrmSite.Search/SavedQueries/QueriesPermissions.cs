using System.Security.Claims;
using CrmSite.Content.Items;
using CrmSite.Content.Security;
using Microsoft.AspNetCore.Authorization;

namespace CrmSite.Search.SavedQueries;

/// <summary>The saved queries' permissions, with Orchard's names.</summary>
public static class QueriesPermissions
{
    public static readonly Permission ManageQueries = new("ManageQueries", "Manage saved queries");

    public static readonly Permission ExecuteApiAll = new("ExecuteApiAll", "Execute every saved query through the API", [ManageQueries]);

    // Granted per query as ExecuteApi_{Name} (Orchard's form). The endpoint's policy asks for it with no query, which
    // the authorizer grants to holders of any per-query form; the handler then asks for the query's own.
    public static readonly Permission ExecuteApi = new("ExecuteApi", "Execute a saved query through the API: grant it per query as ExecuteApi_{Name}", [ExecuteApiAll]);

    public static readonly IReadOnlyList<Permission> All = [ManageQueries, ExecuteApiAll, ExecuteApi];

    /// <summary>The per-query permission name, e.g. <c>ExecuteApi_RecentFactSheets</c>.</summary>
    public static string ForQuery(string queryName) => $"{ExecuteApi.Name}_{queryName}";

    /// <summary>Whether <paramref name="user"/> may run the query <paramref name="queryName"/>: ExecuteApiAll, or its own ExecuteApi_{Name}.</summary>
    public static async Task<bool> CanExecuteAsync(IAuthorizationService authorization, ClaimsPrincipal user, string queryName) =>
        (await authorization.AuthorizeAsync(user, null, new PermissionRequirement(ExecuteApiAll))).Succeeded ||
        // Asked about an item, the authorizer matches the permission's name exactly (with no item it also takes
        // longer names that start with it); the item's empty type adds only ExecuteApi_{Name}_, which no query has.
        (await authorization.AuthorizeAsync(user, new ContentItem(""), new PermissionRequirement(ForQuery(queryName)))).Succeeded;
}
