using CrmSite.Content.Security;

namespace CrmSite.Search;

/// <summary>The Search module's permissions, with Orchard's names.</summary>
public static class SearchPermissions
{
    public static readonly Permission QueryLuceneApi = new("QueryLuceneApi", "Query the Lucene API (/api/lucene/content, /api/lucene/documents)");
    public static readonly Permission ManageLuceneIndexes = new("ManageLuceneIndexes", "Manage Lucene indexes: list, rebuild, reset");

    public static readonly IReadOnlyList<Permission> All = [QueryLuceneApi, ManageLuceneIndexes, .. SavedQueries.QueriesPermissions.All];
}
