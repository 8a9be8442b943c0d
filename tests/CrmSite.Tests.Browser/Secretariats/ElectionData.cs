using System.Security.Claims;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Store;
using CrmSite.Tests.Browser.Infrastructure;
using CrmSite.Workflows.Store;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Browser.Secretariats;

/// <summary>
/// What an election needs before a browser walks it, made through the started site's services: election officers
/// scoped to a chapter, and a published member organisation.
/// </summary>
internal static class ElectionData
{
    public const string Sindh = "chaptersindh";
    public const string Punjab = "chapterpunjab";
    public const string Password = "Officer-Passw0rd!";

    /// <summary>A new ElectionOfficer of <paramref name="chapter"/> with an email address; returns the user name.</summary>
    public static async Task<string> OfficerAsync(BrowserSite site, string chapter)
    {
        var name = "officer-" + Guid.NewGuid().ToString("N")[..8];
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var user = new CrmUser { UserName = name, Email = name + "@example.org", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, "ElectionOfficer")).Succeeded);
        Assert.True((await users.AddClaimAsync(user, new Claim("ChapterScope", chapter))).Succeeded);
        return name;
    }

    /// <summary>A published member NGO of <paramref name="chapter"/>; returns its id and title.</summary>
    public static async Task<(string Id, string Title)> OrganizationAsync(BrowserSite site, string chapter)
    {
        var title = "Browser election organisation " + Guid.NewGuid().ToString("N")[..6];
        using var scope = site.Services.CreateScope();
        var item = new ContentItem("Organization");
        item.GetOrCreatePart("TitlePart")["Title"] = title;
        var part = item.GetOrCreatePart("Organization");
        part["Kind"] = new JsonObject { ["Text"] = "ngo" };
        part["Membership"] = new JsonObject { ["Text"] = "member" };
        part["Chapters"] = new JsonObject { ["ContentItemIds"] = new JsonArray(chapter) };
        part["Source"] = new JsonObject { ["Url"] = "https://example.org/members", ["Text"] = "Members list" };
        var saved = await scope.ServiceProvider.GetRequiredService<ContentManager>().CreateAsync(item, publish: true);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Select(e => e.Message)));
        return (saved.Item!.ContentItemId, title);
    }

    /// <summary>The id of the latest workflow instance about <paramref name="contentItemId"/>, with its fault if any.</summary>
    public static async Task<(string WorkflowId, string? Fault)> WorkflowOfAsync(BrowserSite site, string contentItemId)
    {
        using var scope = site.Services.CreateScope();
        var instance = await scope.ServiceProvider.GetRequiredService<WorkflowInstanceStore>().LatestForAsync(contentItemId, CancellationToken.None);
        Assert.True(instance is not null, $"no workflow started for {contentItemId}");
        return (instance.WorkflowId, instance.FaultMessage);
    }
}
