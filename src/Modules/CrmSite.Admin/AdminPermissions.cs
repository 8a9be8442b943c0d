using CrmSite.Content.Security;

namespace CrmSite.Admin;

/// <summary>
/// The content-definition permissions, with Orchard's names (OrchardCore.ContentTypes) so that recipes granting
/// them keep working. Orchard grants them to no role but the administrators, who hold every permission.
/// </summary>
public static class AdminPermissions
{
    /// <summary>Changing a definition changes what every editor and API accepts: it is an administrator's right.</summary>
    public static readonly Permission EditContentTypes = new("EditContentTypes", "Edit content types, parts and fields");

    public static readonly Permission ViewContentTypes = new("ViewContentTypes", "View content types, parts and fields", [EditContentTypes]);

    public static readonly IReadOnlyList<Permission> All = [ViewContentTypes, EditContentTypes];
}
