namespace CrmSite.Content.Security;

/// <summary>The content permissions, with Orchard's names. Per-type forms are <c>EditContent_FactSheet</c> and so on.</summary>
public static class ContentPermissions
{
    public static readonly Permission EditContent = new("EditContent", "Edit content for others");
    public static readonly Permission EditOwnContent = new("EditOwnContent", "Edit own content", [EditContent]);
    public static readonly Permission PublishContent = new("PublishContent", "Publish or unpublish content for others");
    public static readonly Permission PublishOwnContent = new("PublishOwnContent", "Publish or unpublish own content", [PublishContent]);
    public static readonly Permission DeleteContent = new("DeleteContent", "Delete content for others");
    public static readonly Permission DeleteOwnContent = new("DeleteOwnContent", "Delete own content", [DeleteContent]);
    public static readonly Permission PreviewContent = new("PreviewContent", "Preview content (drafts and history)", [EditContent]);
    public static readonly Permission ViewContent = new("ViewContent", "View published content", [PreviewContent, EditContent]);
    public static readonly Permission ViewOwnContent = new("ViewOwnContent", "View own content", [ViewContent]);
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "View the audit trail");
    public static readonly Permission ManageRecipes = new("ManageRecipes", "Import and export recipes");

    public static readonly IReadOnlyList<Permission> All =
    [
        EditContent, EditOwnContent, PublishContent, PublishOwnContent, DeleteContent, DeleteOwnContent,
        PreviewContent, ViewContent, ViewOwnContent, ViewAuditTrail, ManageRecipes,
    ];

    /// <summary>The "own" form of a permission (EditContent → EditOwnContent), or null when it has none.</summary>
    public static Permission? OwnFormOf(Permission permission) => permission.Name switch
    {
        "EditContent" => EditOwnContent,
        "PublishContent" => PublishOwnContent,
        "DeleteContent" => DeleteOwnContent,
        "ViewContent" => ViewOwnContent,
        _ => null,
    };

    /// <summary>The per-type name of a permission, e.g. <c>EditContent_FactSheet</c>.</summary>
    public static string ForType(Permission permission, string contentType) => $"{permission.Name}_{contentType}";
}
