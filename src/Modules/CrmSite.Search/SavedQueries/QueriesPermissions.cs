using CrmSite.Content.Security;

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
}
