using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Identity;
using CrmSite.Identity.OpenId;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Admin;

/// <summary>
/// <c>/admin/api-clients</c>: a client made on the pages gets tokens with its secret and may do what its roles allow;
/// rotating, changing roles and deleting take effect at the next token request; who may use the pages; bad forms
/// answered beside their field; the audit trail says what changed and never holds a secret.
/// </summary>
public abstract class ApiClientPagesTests(SiteFixture<ClockSite> fixture)
{
    private ClockSite Site => fixture.Site;

    [SkippableFact]
    public async Task CreatedClient_GetsATokenWithTheShownSecret_AndMayDoWhatItsRoleAllows()
    {
        using var manager = await SignInPages.SignedInAsNewUserAsync(Site, await ManagerRoleAsync());
        var clientId = NewClientId();

        using var created = await CreateAsync(manager, clientId, ["Editor"], "Importer");
        var html = await created.Content.ReadAsStringAsync();
        var secret = SignInPages.Field(html, "secret");
        using var api = await ApiAsync(clientId, secret);
        using var post = await Pages.PostAsync(api, Pages.New("Made by a page-made client"));
        var list = await manager.GetStringAsync("/admin/api-clients");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("it will not be shown again", html, StringComparison.Ordinal);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.True(secret.Length >= 40, "the secret is long");
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        Assert.Contains($"href=\"/admin/api-clients/{clientId}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await manager.GetStringAsync("/admin/api-clients/" + clientId), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task RotatingTheSecret_RefusesTheOldOne_AndTheNewOneWorks()
    {
        using var admin = await AdminAsync();
        var clientId = NewClientId();
        var oldSecret = await CreatedSecretAsync(admin, clientId, ["Editor"]);

        using var rotated = await SubmitAsync(admin, clientId, "form[action*='handler=Rotate']");
        var newSecret = SignInPages.Field(await rotated.Content.ReadAsStringAsync(), "secret");
        using var withOld = await TokenResponseAsync(clientId, oldSecret);
        using var withNew = await TokenResponseAsync(clientId, newSecret);

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.NotEqual(oldSecret, newSecret);
        Assert.Equal("invalid_client", await ErrorOfAsync(withOld));
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [SkippableFact]
    public async Task ChangingRoles_ChangesWhatNewTokensMayDo_AndDeletingEndsTokens()
    {
        using var admin = await AdminAsync();
        var clientId = NewClientId();
        var secret = await CreatedSecretAsync(admin, clientId, ["Editor"]);

        using var saved = await SaveAsync(admin, clientId, form => form.Set("roles", "Contributor").Set("displayName", "Renamed"));
        using var api = await ApiAsync(clientId, secret);
        using var publish = await Pages.PostAsync(api, Pages.New("Not for a contributor"));
        var page = await admin.GetStringAsync(saved.Headers.Location!.OriginalString);
        using var deleted = await SubmitAsync(admin, clientId, "form[action*='handler=Delete']");
        using var afterDelete = await TokenResponseAsync(clientId, secret);
        using var gone = await admin.GetAsync("/admin/api-clients/" + clientId);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Saved.", page, StringComparison.Ordinal);
        Assert.Matches("id=\"role-Contributor\"[^>]*checked", page);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("invalid_client", await ErrorOfAsync(afterDelete));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var audit = await AuditAsync(clientId);
        Assert.Equal([ApiClientAdministration.ApiClientCreated, ApiClientAdministration.ApiClientChanged, ApiClientAdministration.ApiClientDeleted],
            audit.Select(e => e.EventName));
        Assert.Equal($"client {clientId}: display name '{clientId}' -> 'Renamed', +role Contributor, -role Editor", audit[1].Details);
        Assert.All(audit, e => Assert.Equal(SiteFactory.AdminUser, e.UserName));
    }

    [SkippableFact]
    public async Task AuditTrail_RecordsEveryChange_AndNeverASecret()
    {
        using var admin = await AdminAsync();
        var clientId = NewClientId();
        var first = await CreatedSecretAsync(admin, clientId, ["Editor"]);
        using var rotated = await SubmitAsync(admin, clientId, "form[action*='handler=Rotate']");
        var second = SignInPages.Field(await rotated.Content.ReadAsStringAsync(), "secret");

        var audit = await AuditAsync(clientId);
        var everything = await Site.WithStoreAsync(db => db.AuditEvents.AsNoTracking().Select(e => e.Details ?? "").ToListAsync());

        Assert.Equal([ApiClientAdministration.ApiClientCreated, ApiClientAdministration.ApiClientSecretRotated], audit.Select(e => e.EventName));
        Assert.Equal($"client {clientId}: created, +role Editor", audit[0].Details);
        Assert.Equal($"client {clientId}: secret rotated", audit[1].Details);
        Assert.DoesNotContain(everything, d => d.Contains(first, StringComparison.Ordinal) || d.Contains(second, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task EditorWithoutManageClientApplications_Gets403OnEveryRoute()
    {
        using var admin = await AdminAsync();
        var clientId = NewClientId();
        await CreatedSecretAsync(admin, clientId, ["Editor"]);
        using var editor = await SignInPages.SignedInAsNewUserAsync(Site, "Editor");
        using var anonymous = SignInPages.Browser(Site);
        var empty = new FormUrlEncodedContent([]);

        HttpResponseMessage[] answers =
        [
            await editor.GetAsync("/admin/api-clients"),
            await editor.GetAsync("/admin/api-clients/new"),
            await editor.GetAsync("/admin/api-clients/" + clientId),
            await editor.PostAsync("/admin/api-clients/new", new FormUrlEncodedContent([new("clientId", "sneaky"), new("roles", "Administrator")])),
            await editor.PostAsync("/admin/api-clients/" + clientId, empty),
            await editor.PostAsync($"/admin/api-clients/{clientId}?handler=Rotate", empty),
            await editor.PostAsync($"/admin/api-clients/{clientId}?handler=Delete", empty),
        ];
        using var anonymousList = await anonymous.GetAsync("/admin/api-clients");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, anonymousList.StatusCode);
        Assert.NotNull(await Site.WithStoreAsync(db => db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>()
            .AsNoTracking().SingleOrDefaultAsync(a => a.ClientId == clientId)));
        Assert.Null(await Site.WithStoreAsync(db => db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>()
            .AsNoTracking().SingleOrDefaultAsync(a => a.ClientId == "sneaky")));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [SkippableFact]
    public async Task BadForms_AreRefusedBesideTheirField()
    {
        using var admin = await AdminAsync();
        var clientId = NewClientId();
        await CreatedSecretAsync(admin, clientId, ["Editor"]);

        using var invalid = await CreateAsync(admin, "bad id!", ["Editor"]);
        using var duplicate = await CreateAsync(admin, clientId, ["Editor"]);
        using var unknownRole = await CreateAsync(admin, NewClientId(), ["Overlord"]);
        using var unknownOnEdit = await SaveAsync(admin, clientId, form => form.Set("roles", "Overlord"));
        using var noToken = await admin.PostAsync($"/admin/api-clients/{clientId}?handler=Delete", new FormUrlEncodedContent([]));
        var publicId = NewClientId();
        await Site.ImportAsync($$"""{ "name": "public-client", "steps": [ { "name": "OpenIdApplication", "ClientId": "{{publicId}}", "Type": "public" } ] }""");
        using var publicRotate = await SubmitAsync(admin, publicId, "form[action*='handler=Rotate']");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("id=\"clientId-errors\"", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var duplicateHtml = await duplicate.Content.ReadAsStringAsync();
        Assert.Contains("id=\"clientId-errors\"", duplicateHtml, StringComparison.Ordinal);
        Assert.Contains($"There is already a client &#x27;{clientId}&#x27;.", duplicateHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownRole.StatusCode);
        Assert.Contains("id=\"roles-errors\"", await unknownRole.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownOnEdit.StatusCode);
        Assert.Contains("There is no role &#x27;Overlord&#x27;", await unknownOnEdit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, publicRotate.StatusCode);
        Assert.Contains("it has no secret to rotate", await publicRotate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await AuditAsync(clientId));
    }

    [SkippableFact]
    public async Task StaleEdit_ShowsTheClientAsItIsNow_AndWritesNothing()
    {
        using var admin = await AdminAsync();
        var clientId = NewClientId();
        await CreatedSecretAsync(admin, clientId, ["Editor"]);
        var stale = EditorForm.Parse(await admin.GetStringAsync("/admin/api-clients/" + clientId), "/admin/api-clients/" + clientId, "main form:not([action])");
        using var first = await SaveAsync(admin, clientId, form => form.Set("roles", "Author"));

        using var second = await stale.Set("roles", "Contributor").SubmitAsync(admin, "save");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this client", html, StringComparison.Ordinal);
        Assert.Matches("id=\"role-Author\"[^>]*checked", html);
        Assert.DoesNotMatch("id=\"role-Contributor\"[^>]*checked", html);
    }

    [SkippableFact]
    public void EveryApiClientsPage_NeedsManageClientApplications()
    {
        var pages = Site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("admin/api-clients", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, pages.Count);
        Assert.All(pages, p =>
        {
            Assert.Null(p.Metadata.GetMetadata<IAllowAnonymous>());
            Assert.Contains(p.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == IdentityPermissions.ManageClientApplications.Policy);
        });
    }

    private static string NewClientId() => "client-" + Guid.NewGuid().ToString("N")[..8];

    private Task<HttpClient> AdminAsync() => SignInPages.SignedInAsync(Site, SiteFactory.AdminUser, SiteFactory.AdminPassword);

    /// <summary>A role holding ManageClientApplications and nothing else, so the test shows that permission is enough.</summary>
    private async Task<string> ManagerRoleAsync()
    {
        const string role = "ClientManager";
        await Site.ImportAsync($$"""
            { "name": "client-manager", "steps": [ { "name": "Roles", "Roles": [
              { "Name": "{{role}}", "Description": "Manages API clients", "Permissions": [ "ManageClientApplications" ] } ] } ] }
            """);
        return role;
    }

    private static async Task<HttpResponseMessage> CreateAsync(HttpClient browser, string clientId, string[] roles, string? displayName = null)
    {
        var form = EditorForm.Parse(await browser.GetStringAsync("/admin/api-clients/new"), "/admin/api-clients/new", "main form");
        form.Set("clientId", clientId).Set("roles", roles);
        if (displayName is not null)
        {
            form.Set("displayName", displayName);
        }
        return await form.SubmitAsync(browser, "create");
    }

    private static async Task<string> CreatedSecretAsync(HttpClient browser, string clientId, string[] roles)
    {
        using var created = await CreateAsync(browser, clientId, roles);
        var html = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.OK, html);
        return SignInPages.Field(html, "secret");
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient browser, string clientId, Action<EditorForm> change)
    {
        var path = "/admin/api-clients/" + clientId;
        var form = EditorForm.Parse(await browser.GetStringAsync(path), path, "main form:not([action])");
        change(form);
        return await form.SubmitAsync(browser, "save");
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string clientId, string selector)
    {
        var path = "/admin/api-clients/" + clientId;
        return await EditorForm.Parse(await browser.GetStringAsync(path), path, selector).SubmitAsync(browser, "");
    }

    private Task<HttpResponseMessage> TokenResponseAsync(string clientId, string secret) =>
        Site.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));

    private static async Task<string?> ErrorOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())?["error"]?.GetValue<string>();

    private async Task<HttpClient> ApiAsync(string clientId, string secret)
    {
        var client = Site.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SiteFactory.RequestTokenAsync(client, clientId, secret));
        return client;
    }

    private Task<List<CrmSite.Content.Store.AuditEventRecord>> AuditAsync(string clientId) => Site.WithStoreAsync(db => db.AuditEvents.AsNoTracking()
        .Where(e => e.EventName.StartsWith("ApiClient") && e.Details!.StartsWith("client " + clientId + ":")).OrderBy(e => e.Id).ToListAsync());
}

public sealed class ApiClientPagesSqliteTests(ClockSqliteSite fixture) : ApiClientPagesTests(fixture), IClassFixture<ClockSqliteSite>;

public sealed class ApiClientPagesPostgresTests(ClockPostgresSite fixture) : ApiClientPagesTests(fixture), IClassFixture<ClockPostgresSite>;
