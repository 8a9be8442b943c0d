using System.Net;
using System.Text.RegularExpressions;
using CrmSite.Content.Audit;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Tests.Integration.Admin;

/// <summary>
/// <c>/admin/roles</c>: who may use it, a new role given permissions that take effect for its users at once,
/// per-type permissions, refusals (unknown permission, stale edit, Administrator), and the audit trail.
/// </summary>
public abstract partial class RolePagesTests(SiteFixture<ClockSite> fixture)
{
    private ClockSite Site => fixture.Site;

    [SkippableFact]
    public async Task RolesPages_NeedManageRoles()
    {
        var editor = await SignInPages.CreateUserAsync(Site, "Editor");
        using var anonymous = SignInPages.Browser(Site);
        using var editorBrowser = await SignedInAsync(editor, SignInPages.Password);
        using var admin = await SignedInAsync(SiteFactory.AdminUser, SiteFactory.AdminPassword);

        using var anonymousList = await anonymous.GetAsync("/admin/roles");
        using var editorList = await editorBrowser.GetAsync("/admin/roles");
        using var editorEdit = await editorBrowser.GetAsync("/admin/roles/Editor");
        using var adminList = await admin.GetAsync("/admin/roles");

        Assert.Equal(HttpStatusCode.Redirect, anonymousList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editorList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editorEdit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminList.StatusCode);
        Assert.Contains(">ElectionOfficer</a>", await adminList.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task NewRole_GetsPermissions_ThatItsUsersHoldAtOnce_AndTheAuditTrailSaysWhat()
    {
        using var admin = await SignedInAsync(SiteFactory.AdminUser, SiteFactory.AdminPassword);
        var role = "Auditor" + Guid.NewGuid().ToString("N")[..6];
        var form = await FormAsync(admin, "/admin/roles");
        using var created = await admin.PostAsync("/admin/roles", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", form.Token), new("name", role), new("description", "Reads the trail")]));
        var user = await SignInPages.CreateUserAsync(Site, role);
        using var userBrowser = await SignedInAsync(user, SignInPages.Password);
        using var before = await userBrowser.GetAsync("/admin/audit");

        using var saved = await SaveAsync(admin, role, ["AccessAdminPanel", "ViewAuditTrail", "EditContent_FactSheet"]);
        using var after = await userBrowser.GetAsync("/admin/audit");
        var page = await admin.GetStringAsync("/admin/roles/" + role);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Matches("value=\"EditContent_FactSheet\" checked", page);
        Assert.DoesNotMatch("value=\"EditContent_Page\" checked", page);
        var audit = await Site.WithStoreAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.EventName == AccountAudit.RoleChanged && e.Details!.StartsWith("role " + role)).OrderBy(e => e.Id).Select(e => e.Details).ToListAsync());
        Assert.Equal([$"role {role}: created", $"role {role}: +AccessAdminPanel, +EditContent_FactSheet, +ViewAuditTrail"], audit);
    }

    [SkippableFact]
    public async Task BadChanges_AreRefused_AndNothingIsWritten()
    {
        using var admin = await SignedInAsync(SiteFactory.AdminUser, SiteFactory.AdminPassword);
        var stale = await FormAsync(admin, "/admin/roles/Contributor");
        using var first = await SaveAsync(admin, "Contributor", [.. stale.Held, "ViewAuditTrail"]);

        using var staleSave = await SaveAsync(admin, "Contributor", ["AccessAdminPanel"], stale.Stamp);
        using var unknown = await SaveAsync(admin, "Contributor", ["Overlord", "EditContent_NoSuchType"]);
        using var administrator = await SaveAsync(admin, "Administrator", ["ViewContent"]);
        var form = await FormAsync(admin, "/admin/roles");
        using var duplicate = await admin.PostAsync("/admin/roles", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", form.Token), new("name", "Editor")]));
        using var badName = await admin.PostAsync("/admin/roles", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", form.Token), new("name", "<script>")]));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleSave.StatusCode);
        Assert.Contains("Someone else changed this role", await staleSave.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        var unknownHtml = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("There is no permission &#x27;Overlord&#x27;.", unknownHtml, StringComparison.Ordinal);
        Assert.Contains("There is no permission &#x27;EditContent_NoSuchType&#x27;.", unknownHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, administrator.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("There is already a role", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badName.StatusCode);
        var held = (await FormAsync(admin, "/admin/roles/Contributor")).Held;
        Assert.Equal(stale.Held.Append("ViewAuditTrail").Order(StringComparer.Ordinal), held.Order(StringComparer.Ordinal));
    }

    private Task<HttpClient> SignedInAsync(string userName, string password) => SignInPages.SignedInAsync(Site, userName, password);

    private static async Task<(string Token, string Stamp, IReadOnlyList<string> Held, string Description)> FormAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return (SignInPages.Field(html, "__RequestVerificationToken"), Regex.Match(html, "name=\"concurrencyStamp\" value=\"([^\"]*)\"").Groups[1].Value,
            [.. CheckedPattern().Matches(html).Select(m => m.Groups[1].Value)], SignInPages.Field(html, "description"));
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient admin, string role, IEnumerable<string> permissions, string? stamp = null)
    {
        var path = "/admin/roles/" + role;
        var form = await FormAsync(admin, path);
        // As a browser does: the description field goes back as it was shown.
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.Token), new("concurrencyStamp", stamp ?? form.Stamp), new("description", form.Description),
        };
        fields.AddRange(permissions.Select(p => new KeyValuePair<string, string>("permissions", p)));
        return await admin.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"permissions\" value=\"([^\"]+)\" checked")]
    private static partial Regex CheckedPattern();
}

public sealed class RolePagesSqliteTests(ClockSqliteSite fixture) : RolePagesTests(fixture), IClassFixture<ClockSqliteSite>;

public sealed class RolePagesPostgresTests(ClockPostgresSite fixture) : RolePagesTests(fixture), IClassFixture<ClockPostgresSite>;
