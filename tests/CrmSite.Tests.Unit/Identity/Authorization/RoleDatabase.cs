using CrmSite.Content.Store;
using CrmSite.Identity.Authorization;
using Microsoft.AspNetCore.Identity;
using CrmSite.Tests.Unit.Infrastructure;

namespace CrmSite.Tests.Unit.Identity.Authorization;

/// <summary>A real SQLite store file holding the test roles and their permission claims, shared by a test class.</summary>
public sealed class RoleDatabase : TemporaryStore
{

    public RoleDatabase()
    {
        using var db = Open();
        Seed(db, RoleNames.Anonymous, "ViewContent");
        Seed(db, RoleNames.Authenticated, "ViewContent");
        Seed(db, RoleNames.Administrator);
        Seed(db, "Editor", "EditContent", "PublishContent");
        Seed(db, "Author", "EditOwnContent", "DeleteOwnContent");
        Seed(db, "PageEditor", "EditContent_Page");
        Seed(db, "Secretary", "EditContent", "ViewContacts");
        db.SaveChanges();
    }

    private static void Seed(SqliteCrmSiteDbContext db, string name, params string[] permissions)
    {
        var role = new CrmRole { Name = name, NormalizedName = name.ToUpperInvariant() };
        db.Roles.Add(role);
        foreach (var permission in permissions)
        {
            db.RoleClaims.Add(new IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = RoleNames.PermissionClaim, ClaimValue = permission });
        }
        // Claims of another type must not count as permissions.
        db.RoleClaims.Add(new IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = "Note", ClaimValue = "DeleteContent" });
    }
}
