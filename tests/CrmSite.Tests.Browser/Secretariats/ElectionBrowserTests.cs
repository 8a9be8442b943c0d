using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CrmSite.Tests.Browser.Infrastructure;
using Microsoft.Playwright;

namespace CrmSite.Tests.Browser.Secretariats;

/// <summary>
/// A secretariat election walked in Chromium: a Sindh officer enters the result in the content editor as a draft,
/// the election workflow asks another Sindh officer to decide, and the approval publishes the result and its term.
/// </summary>
[Collection(BrowserSiteGroup.Name)]
public sealed class ElectionBrowserTests(BrowserSite site)
{
    [SkippableFact]
    public async Task ElectionResult_GoesPublicWithItsTerm_WhenAnotherOfficerOfTheChapterApprovesIt()
    {
        var browser = await site.BrowserAsync();
        var (organization, organizationTitle) = await ElectionData.OrganizationAsync(site, ElectionData.Sindh);
        var (submitterName, approverName, punjabName) = (await ElectionData.OfficerAsync(site, ElectionData.Sindh),
            await ElectionData.OfficerAsync(site, ElectionData.Sindh), await ElectionData.OfficerAsync(site, ElectionData.Punjab));
        var title = "Sindh secretariat election " + Guid.NewGuid().ToString("N")[..6];
        var submitter = await SignInAsync(browser, submitterName, "/admin/content");
        var (id, publishButtons) = await SubmitAsync(submitter, title, organizationTitle);
        var (workflowId, _) = await ElectionData.WorkflowOfAsync(site, id);
        var anonymous = (await browser.NewContextAsync()).APIRequest;

        var beforeApproval = await anonymous.GetAsync(Url($"/api/content/{id}"));
        var submitterListed = await ListedAsync(submitter, workflowId, title);
        var (ownStatus, ownPage) = await CraftedApprovalAsync(submitter.Context, workflowId);
        var punjabListed = await ListedAsync(await SignInAsync(browser, punjabName, "/admin/approvals"), workflowId, title);
        var approver = await SignInAsync(browser, approverName, "/admin/approvals");
        var approverListed = await ListedAsync(approver, workflowId, title);
        await TaskFor(approver, workflowId).GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        var notice = await approver.GetByRole(AriaRole.Status).InnerTextAsync();
        var stillListed = await TaskFor(approver, workflowId).CountAsync();
        var afterApproval = await anonymous.GetAsync(Url($"/api/content/{id}"));
        var sindh = await anonymous.GetAsync(Url("/api/secretariats/sindh"));
        var terms = JsonNode.Parse(await sindh.TextAsync())!["terms"]!.AsArray();
        var term = terms.SingleOrDefault(t => t!["host"]?["contentItemId"]?.GetValue<string>() == organization);

        Assert.Equal(0, publishButtons);
        Assert.Equal(404, beforeApproval.Status);
        Assert.False(submitterListed);
        Assert.Equal(403, ownStatus);
        Assert.Contains("You submitted this; someone else must decide.", ownPage, StringComparison.Ordinal);
        Assert.False(punjabListed);
        Assert.True(approverListed);
        Assert.Equal("Done: you chose “Approve”. The workflow carries on.", notice);
        Assert.Equal(0, stillListed);
        Assert.Equal(200, afterApproval.Status);
        Assert.Equal(title, JsonNode.Parse(await afterApproval.TextAsync())!["DisplayText"]!.GetValue<string>());
        Assert.Equal(200, sindh.Status);
        Assert.True(term is not null, $"no term hosted by {organization} in {terms.ToJsonString()}");
        Assert.StartsWith("2031-07-01", term["start"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("2033-06-30", term["end"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(22m, term["votesForHost"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task Approvals_HaveNoSeriousOrCriticalAccessibilityViolations_WhenATaskIsListed()
    {
        var browser = await site.BrowserAsync();
        Axe.Require();
        var (_, organizationTitle) = await ElectionData.OrganizationAsync(site, ElectionData.Sindh);
        var submitter = await SignInAsync(browser, await ElectionData.OfficerAsync(site, ElectionData.Sindh), "/admin/content");
        var (id, _) = await SubmitAsync(submitter, "Sindh election checked by axe", organizationTitle,
            // Later than the other test's term, so that the result is valid whichever test runs first on the shared site.
            "2051-07-01", "2053-06-30");
        var (workflowId, _) = await ElectionData.WorkflowOfAsync(site, id);
        var approver = await SignInAsync(browser, await ElectionData.OfficerAsync(site, ElectionData.Sindh), "/admin/approvals", bypassCsp: true);

        var violations = await Axe.SeriousViolationsAsync(approver);

        Assert.Equal(1, await TaskFor(approver, workflowId).CountAsync());
        Assert.Empty(violations);
    }

    /// <summary>
    /// Opens <paramref name="path"/> in a context of its own, is sent to the sign-in page, signs in there and lands
    /// back on <paramref name="path"/>. A context that bypasses CSP lets axe-core be injected.
    /// </summary>
    private async Task<IPage> SignInAsync(IBrowser browser, string userName, string path, bool bypassCsp = false)
    {
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = bypassCsp })).NewPageAsync();
        await page.GotoAsync(Url(path));
        await page.WaitForURLAsync(new Regex(@"/admin/login\?ReturnUrl="));
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(ElectionData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape(path) + "$"));
        return page;
    }

    /// <summary>
    /// From the content list, writes a new election result and saves it as a draft; returns its id and how many
    /// Publish buttons the editor offered.
    /// </summary>
    private static async Task<(string Id, int PublishButtons)> SubmitAsync(IPage page, string title, string organizationTitle,
        string start = "2031-07-01", string end = "2033-06-30")
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Election result", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New Election result" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/content/ElectionResult/create$"));
        var elected = page.Locator(".field").Filter(new() { Has = page.GetByLabel("Elected organisation (required)", new() { Exact = true }) });
        await elected.GetByLabel("Find by title").FillAsync(organizationTitle);
        await elected.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.GetByText($"Items whose title contains “{organizationTitle}”").WaitForAsync();
        await page.GetByLabel("Elected organisation (required)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = organizationTitle });
        await page.GetByLabel("Title (required)").FillAsync(title);
        await page.GetByLabel("Chapter (required)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sindh chapter" });
        await page.GetByLabel("Term start", new() { Exact = true }).FillAsync(start);
        await page.GetByLabel("Term end", new() { Exact = true }).FillAsync(end);
        await page.GetByLabel("Nominations", new() { Exact = true }).FillAsync("3");
        await page.GetByLabel("Votes cast", new() { Exact = true }).FillAsync("40");
        await page.GetByLabel("Votes for the elected organisation", new() { Exact = true }).FillAsync("22");
        await page.GetByLabel("Method (required)").SelectOptionAsync(new SelectOptionValue { Label = "Elected by vote" });
        var source = page.GetByRole(AriaRole.Group, new() { Name = "Source", Exact = true });
        await source.GetByLabel("Address").FillAsync("https://example.org/minutes");
        await source.GetByLabel("Link text").FillAsync("Minutes of the general body");
        var publishButtons = await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/admin/content/ElectionResult/[a-z0-9]+\?done=saved$"));
        return (new Uri(page.Url).AbsolutePath.Split('/')[^1], publishButtons);
    }

    /// <summary>Whether <c>/admin/approvals</c> shows <paramref name="page"/>'s user the task about the result.</summary>
    private async Task<bool> ListedAsync(IPage page, string workflowId, string title)
    {
        await page.GotoAsync(Url("/admin/approvals"));
        var task = TaskFor(page, workflowId);
        return await task.CountAsync() == 1 && (await task.InnerTextAsync()).Contains(title, StringComparison.Ordinal);
    }

    /// <summary>An approval posted by hand, with a valid antiforgery token, as a form would post it: its status and page.</summary>
    private async Task<(int Status, string Page)> CraftedApprovalAsync(IBrowserContext context, string workflowId)
    {
        var token = JsonNode.Parse(await (await context.APIRequest.GetAsync(Url("/api/account/antiforgery"))).TextAsync())!;
        var form = context.APIRequest.CreateFormData();
        form.Set("workflowId", workflowId);
        form.Set("activityId", "approval");
        form.Set("action", "Approve");
        var response = await context.APIRequest.PostAsync(Url("/admin/approvals"), new APIRequestContextOptions
        {
            Form = form,
            Headers = new Dictionary<string, string> { [token["headerName"]!.GetValue<string>()] = token["token"]!.GetValue<string>() },
        });
        return (response.Status, await response.TextAsync());
    }

    private static ILocator TaskFor(IPage page, string workflowId) =>
        page.Locator($"article[data-workflow-id='{workflowId}'][data-activity-id='approval']");

    private string Url(string path) => new Uri(site.Address, path).ToString();
}
