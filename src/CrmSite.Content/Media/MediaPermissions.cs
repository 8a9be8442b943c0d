using CrmSite.Content.Security;

namespace CrmSite.Content.Media;

/// <summary>
/// The media library's permission, with Orchard's name (<c>ManageMediaContent</c>, which Orchard's code calls
/// ManageMedia) so recipes granting it keep working. Orchard grants it to Editors; Administrators hold everything.
/// Reading media needs nothing: media are public, as in Orchard.
/// </summary>
public static class MediaPermissions
{
    /// <summary>Upload and delete files, create and delete folders, in the library and from the content editor.</summary>
    public static readonly Permission ManageMedia = new("ManageMediaContent", "Manage the media library (upload, delete, folders)");

    /// <summary>Every media permission, for the module that declares them.</summary>
    public static readonly IReadOnlyList<Permission> All = [ManageMedia];
}
