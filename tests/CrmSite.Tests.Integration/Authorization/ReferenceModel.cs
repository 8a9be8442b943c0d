namespace CrmSite.Tests.Integration.Authorization;

/// <summary>
/// What the security model says, written from its rules (DESIGN.md) and the setup recipe's role table and never by
/// asking the product: roles grant permissions; editing implies previewing, which implies viewing; a per-type form
/// (<c>EditContent_FactSheet</c>) grants a permission for that type; an "own" form grants it on the caller's own
/// items; writes to an item of a chapter need a scope for that chapter; Member items need ViewMembers for anything;
/// administrators may do everything; only published versions can be viewed, and a draft cannot be unpublished.
/// </summary>
public static class ReferenceModel
{
    /// <summary>A role the matrix adds to the site: per-type permissions only.</summary>
    public const string FactSheetEditor = "FactSheetEditor";

    /// <summary>The permissions of the roles the matrix uses, as the setup recipe grants them (checked against it).</summary>
    public static IReadOnlyDictionary<string, string[]> Roles { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Anonymous"] = ["ViewContent", "QueryLuceneApi", "ExecuteApi_FactSheetsByTopic", "ExecuteGraphQL"],
        ["Authenticated"] = ["ViewContent", "QueryLuceneApi", "ExecuteApi_FactSheetsByTopic", "ExecuteGraphQL"],
        ["Editor"] = ["AccessAdminPanel", "ViewContent", "PreviewContent", "EditContent", "PublishContent", "DeleteContent",
            "ViewAuditTrail", "ManageLuceneIndexes", "ExecuteGraphQLMutations", "ManageMediaContent"],
        ["Author"] = ["AccessAdminPanel", "ViewContent", "EditOwnContent", "PublishOwnContent", "DeleteOwnContent", "ExecuteGraphQLMutations"],
        ["Contributor"] = ["AccessAdminPanel", "ViewContent", "EditOwnContent", "DeleteOwnContent", "ExecuteGraphQLMutations"],
        ["MembershipOfficer"] = ["AccessAdminPanel", "ViewContent", "ViewMembers", "EditContent_Member", "PublishContent_Member",
            "DeleteContent_Member", "EditContent_Organization", "PublishContent_Organization", "EditContent_MembershipCount",
            "PublishContent_MembershipCount", "ExecuteGraphQLMutations"],
    };

    /// <summary>The role the matrix adds: no admin panel, and content permissions for fact sheets only.</summary>
    public static string[] FactSheetEditorPermissions { get; } =
        ["ViewContent", "EditContent_FactSheet", "PublishContent_FactSheet", "DeleteContent_FactSheet", "ExecuteGraphQLMutations"];

    /// <summary>
    /// Whether <paramref name="caller"/> may do <paramref name="operation"/> on <paramref name="item"/> through a
    /// surface that first asks for <paramref name="gate"/> (null: none); null when the operation does not apply
    /// to the item (unpublishing a draft).
    /// </summary>
    public static bool? Expect(MatrixCaller caller, MatrixItem item, MatrixOperation operation, string? gate)
    {
        if (operation == MatrixOperation.Unpublish && !item.HasPublished)
        {
            return null;
        }
        if (operation == MatrixOperation.View && !item.HasPublished)
        {
            return false;
        }
        if (caller.IsAdministrator)
        {
            return true;
        }
        if (gate is not null && !Grants(caller, gate))
        {
            return false;
        }
        if (item.Type == "Member" && !Grants(caller, "ViewMembers"))
        {
            return false;
        }
        var permission = operation switch
        {
            MatrixOperation.View => "ViewContent",
            MatrixOperation.Preview => "PreviewContent",
            MatrixOperation.Edit => "EditContent",
            MatrixOperation.Delete => "DeleteContent",
            _ => "PublishContent",
        };
        var write = operation is not (MatrixOperation.View or MatrixOperation.Preview);
        return HoldsOn(caller, item, permission) && (!write || item.Chapter is null || caller.Scopes.Contains(item.Chapter));
    }

    private static bool HoldsOn(MatrixCaller caller, MatrixItem item, string permission)
    {
        var own = permission.Replace("Content", "OwnContent", StringComparison.Ordinal);
        return Grants(caller, permission) || Grants(caller, permission + "_" + item.Type) ||
            (item.OwnedByCaller && caller.SignedIn && (Grants(caller, own) || Grants(caller, own + "_" + item.Type))) ||
            permission switch
            {
                "ViewContent" => HoldsOn(caller, item, "PreviewContent"),
                "PreviewContent" => HoldsOn(caller, item, "EditContent"),
                _ => false,
            };
    }

    private static bool Grants(MatrixCaller caller, string permission) =>
        caller.Roles.Append(caller.SignedIn ? "Authenticated" : "Anonymous")
            .Any(role => (role == FactSheetEditor ? FactSheetEditorPermissions : Roles.GetValueOrDefault(role, [])).Contains(permission));
}
