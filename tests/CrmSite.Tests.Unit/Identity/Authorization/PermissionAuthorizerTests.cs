using System.Security.Claims;
using CrmSite.Content;
using CrmSite.Content.Items;
using CrmSite.Content.Modules;
using CrmSite.Content.Security;
using CrmSite.Identity;
using CrmSite.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;

namespace CrmSite.Tests.Unit.Identity.Authorization;

public sealed class PermissionAuthorizerTests(RoleDatabase roles) : IClassFixture<RoleDatabase>
{
    private const string AliceId = "alice00000000000000000000a";
    private const string BobId = "bob0000000000000000000000b";

    private static readonly ModuleCatalog Modules = new([new ContentModule(), new IdentityModule()]);

    private static readonly ContentTypeGuards Guards = new([new ContentTypeGuard("Contact", new Permission("ViewContacts", "View contacts"))]);

    [Fact]
    public void EffectiveRoles_IsAnonymousOnly_WhenUserIsNotSignedIn()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity());

        var effective = PermissionAuthorizer.EffectiveRoles(user);

        Assert.Equal([RoleNames.Anonymous], effective);
    }

    [Fact]
    public void EffectiveRoles_AddsAuthenticated_WhenUserIsSignedIn()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, "Editor"), new Claim("role", "Author"), new Claim("group", "Ignored")], "cookie"));

        var effective = PermissionAuthorizer.EffectiveRoles(user);

        Assert.Equal([RoleNames.Authenticated, "Author", "Editor"], effective.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EffectiveRoles_IgnoresCaseDuplicates_WhenRoleClaimsRepeat()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, "Editor"), new Claim("role", "EDITOR"), new Claim("role", "authenticated")], "cookie"));

        var effective = PermissionAuthorizer.EffectiveRoles(user);

        Assert.Equal(2, effective.Count);
        Assert.Contains("editor", effective);
        Assert.Contains(RoleNames.Authenticated, effective);
    }

    [Fact]
    public async Task HandleAsync_GrantsViewContent_WhenAnonymousRoleHoldsIt()
    {
        var granted = await AuthorizeAsync(Anonymous(), ContentPermissions.ViewContent, Item("Article", owner: AliceId));

        Assert.True(granted);
    }

    [Fact]
    public async Task HandleAsync_DeniesEditContent_WhenUserIsAnonymous()
    {
        var granted = await AuthorizeAsync(Anonymous(), ContentPermissions.EditContent, Item("Article", owner: AliceId));

        Assert.False(granted);
    }

    [Fact]
    public async Task HandleAsync_LetsOwnerEdit_WhenRoleHoldsEditOwnContent()
    {
        var granted = await AuthorizeAsync(User(AliceId, "Author"), ContentPermissions.EditContent, Item("Article", owner: AliceId));

        Assert.True(granted);
    }

    [Fact]
    public async Task HandleAsync_DeniesNonOwner_WhenRoleHoldsOnlyEditOwnContent()
    {
        var granted = await AuthorizeAsync(User(BobId, "Author"), ContentPermissions.EditContent, Item("Article", owner: AliceId));

        Assert.False(granted);
    }

    [Fact]
    public async Task HandleAsync_DeniesOwnerPublish_WhenRoleHoldsOnlyEditOwnContent()
    {
        var granted = await AuthorizeAsync(User(AliceId, "Author"), ContentPermissions.PublishContent, Item("Article", owner: AliceId));

        Assert.False(granted);
    }

    [Fact]
    public async Task HandleAsync_GrantsPerType_WhenItemIsOfThatType()
    {
        var granted = await AuthorizeAsync(User(BobId, "PageEditor"), ContentPermissions.EditContent, Item("Page", owner: AliceId));

        Assert.True(granted);
    }

    [Fact]
    public async Task HandleAsync_DeniesPerType_WhenItemIsOfAnotherType()
    {
        var granted = await AuthorizeAsync(User(BobId, "PageEditor"), ContentPermissions.EditContent, Item("Article", owner: AliceId));

        Assert.False(granted);
    }

    [Fact]
    public async Task HandleAsync_GrantsPerTypeForm_WhenNoItemIsGiven()
    {
        var granted = await AuthorizeAsync(User(BobId, "PageEditor"), ContentPermissions.EditOwnContent, item: null);

        Assert.True(granted);
    }

    [Theory]
    [InlineData("Editor", BobId, "Article")]
    [InlineData("PageEditor", BobId, "Page")]
    [InlineData("Author", AliceId, "Article")]
    public async Task HandleAsync_GrantsPreviewContent_WhenRoleCanEditTheItem(string role, string userId, string contentType)
    {
        var granted = await AuthorizeAsync(User(userId, role), ContentPermissions.PreviewContent, Item(contentType, owner: AliceId));

        Assert.True(granted);
    }

    [Fact]
    public async Task HandleAsync_DeniesPreviewContent_WhenRoleOnlyViews()
    {
        var granted = await AuthorizeAsync(User(BobId), ContentPermissions.PreviewContent, Item("Article", owner: AliceId));

        Assert.False(granted);
    }

    [Theory]
    [InlineData("ManageUsers")]
    [InlineData("ManageRecipes")]
    [InlineData("DeleteContent")]
    [InlineData("EditContent")]
    public async Task HandleAsync_GrantsEverything_WhenUserIsAdministrator(string permission)
    {
        var admin = User(BobId, RoleNames.Administrator);

        var granted = await AuthorizeAsync(admin, new Permission(permission, ""), Item("Article", owner: AliceId, chapter: "karachi"));

        Assert.True(granted);
    }

    [Fact]
    public async Task HandleAsync_DeniesDelete_WhenPermissionIsOnlyAClaimOfAnotherType()
    {
        var granted = await AuthorizeAsync(User(BobId, "Editor"), ContentPermissions.DeleteContent, Item("Article", owner: AliceId));

        Assert.False(granted);
    }

    [Fact]
    public async Task HandleAsync_DeniesChapterWrite_WhenUserHasNoChapterScope()
    {
        var granted = await AuthorizeAsync(User(BobId, "Editor"), ContentPermissions.EditContent, Item("Event", owner: AliceId, chapter: "karachi"));

        Assert.False(granted);
    }

    [Fact]
    public async Task HandleAsync_DeniesChapterWrite_WhenScopeIsAnotherChapter()
    {
        var user = User(BobId, "Editor", new Claim(ChapterScope.ClaimType, "lahore"));

        var granted = await AuthorizeAsync(user, ContentPermissions.PublishContent, Item("Event", owner: AliceId, chapter: "karachi"));

        Assert.False(granted);
    }

    [Fact]
    public async Task HandleAsync_GrantsChapterWrite_WhenScopeMatchesChapter()
    {
        var user = User(BobId, "Editor", new Claim(ChapterScope.ClaimType, "lahore"), new Claim(ChapterScope.ClaimType, "karachi"));

        var granted = await AuthorizeAsync(user, ContentPermissions.EditContent, Item("Event", owner: AliceId, chapter: "karachi"));

        Assert.True(granted);
    }

    [Fact]
    public async Task HandleAsync_DeniesOwnerChapterWrite_WhenOwnerHasNoChapterScope()
    {
        var granted = await AuthorizeAsync(User(AliceId, "Author"), ContentPermissions.DeleteContent, Item("Event", owner: AliceId, chapter: "karachi"));

        Assert.False(granted);
    }

    [Fact]
    public async Task HandleAsync_GrantsChapterRead_WhenUserHasNoChapterScope()
    {
        var granted = await AuthorizeAsync(Anonymous(), ContentPermissions.ViewContent, Item("Event", owner: AliceId, chapter: "karachi"));

        Assert.True(granted);
    }

    [Fact]
    public async Task HandleAsync_Denies_WhenPermissionIsUnknown()
    {
        var granted = await AuthorizeAsync(User(BobId, "Editor"), new Permission("LaunchRockets", ""), Item("Article", owner: AliceId));

        Assert.False(granted);
    }

    [Theory]
    [InlineData("ViewContent")]
    [InlineData("PreviewContent")]
    [InlineData("EditContent")]
    public async Task HandleAsync_DeniesRestrictedType_WhenRoleLacksItsGuardPermission(string permission)
    {
        var granted = await AuthorizeAsync(User(BobId, "Editor"), new Permission(permission, ""), Item("Contact", owner: BobId));

        Assert.False(granted);
    }

    [Fact]
    public async Task HandleAsync_DeniesRestrictedType_WhenCallerIsAnonymous()
    {
        var granted = await AuthorizeAsync(Anonymous(), ContentPermissions.ViewContent, Item("Contact", owner: AliceId));

        Assert.False(granted);
    }

    [Fact]
    public async Task HandleAsync_GrantsRestrictedType_WhenRoleHoldsGuardPermission()
    {
        var granted = await AuthorizeAsync(User(BobId, "Secretary"), ContentPermissions.ViewContent, Item("Contact", owner: AliceId));

        Assert.True(granted);
    }

    [Fact]
    public async Task HandleAsync_GrantsChapterWrite_WhenItemIsTheScopedChapterItself()
    {
        var chapter = new ContentItem("Chapter") { ContentItemId = "karachi", Owner = AliceId };

        var granted = await AuthorizeAsync(User(BobId, "Editor", new Claim(ChapterScope.ClaimType, "karachi")), ContentPermissions.EditContent, chapter);
        var otherScope = await AuthorizeAsync(User(BobId, "Editor", new Claim(ChapterScope.ClaimType, "lahore")), ContentPermissions.EditContent, chapter);

        Assert.True(granted);
        Assert.False(otherScope);
    }

    private async Task<bool> AuthorizeAsync(ClaimsPrincipal user, Permission permission, ContentItem? item)
    {
        await using var db = roles.Open();
        var authorizer = new PermissionAuthorizer(new RolePermissions(db, new RolePermissionCache(TimeProvider.System)), Modules, Guards);
        var context = new AuthorizationHandlerContext([new PermissionRequirement(permission)], user, item);
        await authorizer.HandleAsync(context);
        return context.HasSucceeded;
    }

    private static ClaimsPrincipal Anonymous() => new(new ClaimsIdentity());

    private static ClaimsPrincipal User(string id, string? role = null, params Claim[] claims)
    {
        var all = new List<Claim> { new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Name, id[..3]) };
        if (role is not null)
        {
            all.Add(new Claim(ClaimTypes.Role, role));
        }
        all.AddRange(claims);
        return new ClaimsPrincipal(new ClaimsIdentity(all, "cookie"));
    }

    private static ContentItem Item(string contentType, string owner, string? chapter = null)
    {
        var item = new ContentItem(contentType) { Owner = owner, Published = true };
        if (chapter is not null)
        {
            item.GetOrCreatePart("ChapterPart")["Chapter"] = new System.Text.Json.Nodes.JsonObject
            {
                ["ContentItemIds"] = new System.Text.Json.Nodes.JsonArray(chapter),
            };
        }
        return item;
    }
}
