using System.Security.Claims;
using System.Text.RegularExpressions;
using CrmSite.Content.Store;
using CrmSite.Tests.Browser.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrmSite.Tests.Browser.Admin;

/// <summary>
/// The content editor in Chromium, through its labels and buttons: a fact sheet written, published and found by the
/// public search; two editors saving one item at once; a version restored; a Punjab editor refused a Sindh item.
/// </summary>
[Collection(BrowserSiteGroup.Name)]
public sealed class EditorBrowserTests(BrowserSite site)
{
    [SkippableFact]
    public async Task FactSheet_IsWrittenPublished_AndFoundBySearch()
    {
        var word = "zebrafinch" + Guid.NewGuid().ToString("N")[..4];
        var page = await (await site.SignedInContextAsync()).NewPageAsync();

        var path = await CreateAsync(page, $"Fact sheet about {word}");
        var notice = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var found = await SearchAsync(page, word);

        Assert.Equal("Saved and published.", notice);
        Assert.Matches("^/admin/content/FactSheet/[a-z0-9]+$", path);
        Assert.Contains($"Fact sheet about {word}", found, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TwoEditorsAtOnce_TheSecondSeesTheFirstsChange_AndSavesBoth()
    {
        var first = await (await site.SignedInContextAsync()).NewPageAsync();
        var second = await (await site.SignedInContextAsync()).NewPageAsync();
        var path = await CreateAsync(first, "Sheet two editors open");
        await second.GotoAsync(Url(path));

        await first.GetByLabel("Summary (required)").FillAsync("The first editor rewrote the summary.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await first.WaitForURLAsync(new Regex(@"done=saved$"));
        await second.GetByLabel("Year (required)").FillAsync("2024");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        var heading = await second.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Heading).InnerTextAsync();
        var changes = await second.Locator("table.changes").InnerTextAsync();
        var summary = await second.GetByLabel("Summary (required)").InputValueAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await second.WaitForURLAsync(new Regex(@"done=saved$"));

        Assert.Equal("Someone else changed this item", heading);
        Assert.Contains("The first editor rewrote the summary.", changes, StringComparison.Ordinal);
        Assert.Equal("The first editor rewrote the summary.", summary);
        Assert.Equal("2024", await second.GetByLabel("Year (required)").InputValueAsync());
        Assert.Equal("The first editor rewrote the summary.", await second.GetByLabel("Summary (required)").InputValueAsync());
    }

    [SkippableFact]
    public async Task History_ShowsTheChange_AndRestoresTheFirstVersion()
    {
        var page = await (await site.SignedInContextAsync()).NewPageAsync();
        var path = await CreateAsync(page, "Sheet with a history");
        await page.GetByLabel("Title (required)").FillAsync("Sheet with a new title");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"done=published$"));

        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        var diff = await page.Locator("section.diff").InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore as draft version 1" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"done=saved$"));

        Assert.Contains("Sheet with a history → Sheet with a new title", diff, StringComparison.Ordinal);
        Assert.Equal("Sheet with a history", await page.GetByLabel("Title (required)").InputValueAsync());
        Assert.Equal(Url(path) + "?done=saved", page.Url);
    }

    [SkippableFact]
    public async Task PunjabEditor_IsRefusedASindhItem_AndCannotWriteForSindh()
    {
        var admin = await (await site.SignedInContextAsync()).NewPageAsync();
        var sindh = await CreateAsync(admin, "Sindh sheet in the browser", chapter: "Sindh chapter");
        var punjab = await (await site.SignedInContextAsync(await ScopedEditorAsync("chapterpunjab"), Password)).NewPageAsync();

        var edit = await punjab.GotoAsync(Url(sindh));
        var history = await punjab.GotoAsync(Url(sindh + "/versions"));
        var restoreButtons = await punjab.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Restore") }).CountAsync();
        await punjab.GotoAsync(Url("/admin/content/FactSheet/create"));
        await FillAsync(punjab, "Punjab editor writes for Sindh", "Sindh chapter");
        var refused = await punjab.RunAndWaitForResponseAsync(() => punjab.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(403, edit!.Status);
        Assert.Equal(200, history!.Status);
        Assert.Equal(0, restoreButtons);
        Assert.Equal(403, refused.Status);
        Assert.Contains("EditContent is required", await punjab.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
    }

    private const string Password = "Scoped-Passw0rd!";

    /// <summary>Writes a fact sheet through the form and publishes it; returns its editor path.</summary>
    private async Task<string> CreateAsync(IPage page, string title, string chapter = "National chapter")
    {
        await page.GotoAsync(Url("/admin/content/FactSheet/create"));
        await FillAsync(page, title, chapter);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"done=published$"));
        return new Uri(page.Url).AbsolutePath;
    }

    private static async Task FillAsync(IPage page, string title, string chapter)
    {
        await page.GetByLabel("Title (required)").FillAsync(title);
        await page.GetByLabel("Summary (required)").FillAsync($"{title}: the main figure, its period and its source.");
        await page.GetByRole(AriaRole.Group, new() { Name = "Topics (required)" }).GetByLabel("Education").CheckAsync();
        await page.GetByLabel("Geography (required)").SelectOptionAsync(new SelectOptionValue { Label = chapter });
        await page.GetByLabel("Year (required)").FillAsync("2025");
        await page.GetByRole(AriaRole.Group, new() { Name = "Source (required)" }).GetByLabel("Address").FillAsync("https://example.org/survey");
        await page.GetByRole(AriaRole.Group, new() { Name = "Source (required)" }).GetByLabel("Link text").FillAsync("A survey");
        await page.GetByLabel("Review by (required)").FillAsync("2027-01-31");
        await page.GetByLabel("Language (required)").SelectOptionAsync("en");
    }

    /// <summary>The public search page's results for <paramref name="word"/>, once the index has caught up (up to 20 s).</summary>
    private async Task<string> SearchAsync(IPage page, string word)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await page.GotoAsync(Url("/search?q=" + word));
            if (await page.Locator(".hits").CountAsync() > 0)
            {
                return await page.Locator(".hits").InnerTextAsync();
            }
            Assert.True(DateTime.UtcNow < deadline, $"the search page did not find '{word}' within 20 s");
            await Task.Delay(250);
        }
    }

    /// <summary>A new Editor scoped to <paramref name="chapter"/>; returns the user name.</summary>
    private async Task<string> ScopedEditorAsync(string chapter)
    {
        var name = "scoped-" + Guid.NewGuid().ToString("N")[..6];
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var user = new CrmUser { UserName = name };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, "Editor")).Succeeded);
        Assert.True((await users.AddClaimAsync(user, new Claim("ChapterScope", chapter))).Succeeded);
        return name;
    }

    private string Url(string path) => new Uri(site.Address, path).ToString();
}
