using System.Net;
using System.Net.Http.Json;
using CrmSite.Content.Definitions;
using CrmSite.Content.Management;
using CrmSite.Content.Recipes;
using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Recipes;

public abstract class RecipeStepTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task RecipesStep_RunsRecipesBesideItByName()
    {
        var folder = Directory.CreateTempSubdirectory("crmsite-recipes-").FullName;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await File.WriteAllTextAsync(Path.Combine(folder, "inner.recipe.json"), $$"""
            { "name": "inner-{{suffix}}", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Brochure{{suffix}}", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] },
              { "name": "Content", "data": [ { "ContentItemId": "[js: uuid()]", "ContentType": "Brochure{{suffix}}", "TitlePart": { "Title": "Nested" } } ] } ] }
            """);
        var outer = Path.Combine(folder, "outer.recipe.json");
        await File.WriteAllTextAsync(outer, $$"""{ "name": "outer-{{suffix}}", "steps": [ { "name": "recipes", "Values": [ { "executionid": "x", "name": "inner-{{suffix}}" } ] } ] }""");

        using var scope = Site.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(outer);

        Assert.Equal(1, result.Items.GetValueOrDefault("Created"));
        Directory.Delete(folder, recursive: true);
    }

    [SkippableFact]
    public async Task RecipesStep_FailsNamingTheMissingRecipe()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => Site.ImportAsync(
            """{ "name": "outer", "steps": [ { "name": "Recipes", "Values": [ { "name": "no-such-recipe" } ] } ] }"""));

        Assert.Contains("no-such-recipe", error.Message, StringComparison.Ordinal);
        Assert.Contains("Step 1 'Recipes'", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task UsersStep_CreatesUsersWhoCanSignIn()
    {
        var name = "editor-" + Guid.NewGuid().ToString("N")[..6];

        await Site.ImportAsync($$"""
            { "name": "users", "steps": [ { "name": "Users", "Users": [
              { "UserId": "{{name}}-id", "UserName": "{{name}}", "Email": "{{name}}@example.org", "EmailConfirmed": true,
                "Password": "Editor-Passw0rd!", "IsEnabled": true, "RoleNames": [ "Editor" ] } ] } ] }
            """);
        using var browser = Site.CreateClient();
        using var login = await browser.PostAsJsonAsync("/api/account/login", new { userName = name, password = "Editor-Passw0rd!" });
        using var scope = Site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var roles = await users.GetRolesAsync((await users.FindByNameAsync(name))!);

        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        Assert.Equal(["Editor"], roles);
    }

    [SkippableFact]
    public async Task RolesStep_AddsAndRemovesPermissions_ByBehavior()
    {
        var role = "Reviewer" + Guid.NewGuid().ToString("N")[..6];

        await Site.ImportAsync(Roles(role, "Replace", "ViewContent", "PreviewContent"));
        await Site.ImportAsync(Roles(role, "Add", "EditOwnContent"));
        await Site.ImportAsync(Roles(role, "Remove", "PreviewContent"));
        using var scope = Site.Services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<CrmRole>>();
        var permissions = (await roles.GetClaimsAsync((await roles.FindByNameAsync(role))!)).Select(c => c.Value).Order().ToList();

        Assert.Equal(["EditOwnContent", "ViewContent"], permissions);
    }

    [SkippableFact]
    public async Task ReplaceAndDeleteContentDefinition_ChangeTheDefinitions()
    {
        var type = "Poster" + Guid.NewGuid().ToString("N")[..6];
        await Site.ImportAsync($$"""
            { "name": "posters", "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "{{type}}", "DisplayName": "Poster",
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "AutoroutePart", "Name": "AutoroutePart" } ] } ] } ] }
            """);

        await Site.ImportAsync($$"""
            { "name": "posters2", "steps": [ { "name": "ReplaceContentDefinition", "ContentTypes": [ { "Name": "{{type}}",
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] } ] }
            """);
        var replaced = await Definition(type);
        await Site.ImportAsync($$"""{ "name": "posters3", "steps": [ { "name": "DeleteContentDefinition", "ContentTypes": [ "{{type}}" ] } ] }""");
        var deleted = await Definition(type);

        Assert.Equal(["TitlePart"], replaced!.Parts.Select(p => p.Name));
        Assert.Null(replaced.DisplayName);
        Assert.Null(deleted);
    }

    [SkippableFact]
    public async Task Restore_MakesAnOldVersionLatestAndKeepsHistory()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var v1 = await Pages.CreateAsync(api, "First words");
        var update = Pages.New("Second words", v1["AutoroutePart"]!["Path"]!.GetValue<string>());
        update["ContentItemId"] = Pages.Id(v1);
        (await Pages.PostAsync(api, update)).Dispose();

        using var scope = Site.Services.CreateScope();
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var restored = await content.RestoreAsync(Pages.Id(v1), Pages.VersionId(v1), publish: true);
        var versions = await content.ListVersionsAsync(Pages.Id(v1));

        Assert.True(restored.Succeeded, string.Join("; ", restored.Errors));
        Assert.Equal(["First words", "Second words", "First words"], versions.Select(v => v.DisplayText));
        Assert.True(versions[^1].Latest && versions[^1].Published);
        Assert.NotEqual(Pages.VersionId(v1), versions[^1].ContentItemVersionId);
    }

    [SkippableFact]
    public async Task Reimport_ChangesNothing_WhenHandlersFillInALocalizationSet()
    {
        var id = "loc" + Guid.NewGuid().ToString("N")[..20];
        var recipe = $$"""
            { "name": "localized-{{id}}", "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "{{id}}", "ContentType": "Page", "TitlePart": { "Title": "Nutrition" },
                "AutoroutePart": { "Path": "{{id}}" }, "LocalizationPart": { "Culture": "en" } } ] } ] }
            """;

        var first = await Site.ImportAsync(recipe);
        var second = await Site.ImportAsync(recipe);

        Assert.Equal(1, first.Items.GetValueOrDefault("Created"));
        Assert.Equal(1, second.Items.GetValueOrDefault("Unchanged"));
    }

    private async Task<ContentTypeDefinition?> Definition(string type)
    {
        using var scope = Site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ContentDefinitionManager>().GetTypeAsync(type);
    }

    private static string Roles(string role, string behavior, params string[] permissions) => $$"""
        { "name": "roles", "steps": [ { "name": "Roles", "Roles": [ { "Name": "{{role}}", "PermissionBehavior": "{{behavior}}",
          "Permissions": [ {{string.Join(", ", permissions.Select(p => $"\"{p}\""))}} ] } ] } ] }
        """;
}

public sealed class RecipeStepSqliteTests(SqliteSite fixture) : RecipeStepTests(fixture), IClassFixture<SqliteSite>;

public sealed class RecipeStepPostgresTests(PostgresSite fixture) : RecipeStepTests(fixture), IClassFixture<PostgresSite>;
