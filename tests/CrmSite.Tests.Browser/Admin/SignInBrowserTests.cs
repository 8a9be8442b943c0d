using System.Text.RegularExpressions;
using CrmSite.Tests.Browser.Infrastructure;
using Microsoft.Playwright;

namespace CrmSite.Tests.Browser.Admin;

/// <summary><c>/admin/login</c> in Chromium: the form without script, its error, where it lands, and axe-core's verdict.</summary>
[Collection(BrowserSiteGroup.Name)]
public sealed class SignInBrowserTests(BrowserSite site)
{
    [SkippableFact]
    public async Task SignIn_ShowsTheErrorBesideTheForm_ThenLandsWhereTheAdminWasAskedFor()
    {
        var page = await site.OpenAsync("/admin", javaScript: false);
        await page.WaitForURLAsync(new Regex(@"/admin/login\?ReturnUrl=%2Fadmin$"));

        await page.GetByLabel("User name").FillAsync(BrowserSiteFactory.AdminUser);
        await page.GetByLabel("Password").FillAsync("Not-The-Passw0rd!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var error = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        var describedBy = await page.GetByLabel("User name").GetAttributeAsync("aria-describedby");
        await page.GetByLabel("Password").FillAsync(BrowserSiteFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/admin$"));

        // The page's one stylesheet was served (the header is coloured by it).
        Assert.Equal("rgb(11, 83, 148)", await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("The user name or password is wrong.", error);
        Assert.Equal("sign-in-error", describedBy);
        Assert.Equal($"Signed in as {BrowserSiteFactory.AdminUser}", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
    }

    [SkippableTheory]
    [InlineData("/admin/login", false)]
    [InlineData("/admin/change-password", false)]
    [InlineData("/admin", true)]
    [InlineData("/admin/users", true)]
    [InlineData("/admin/users?q=admin", true)]
    [InlineData("/admin/audit", true)]
    [InlineData("/admin/content", true)]
    [InlineData("/admin/content/FactSheet?status=latest&sort=title", true)]
    [InlineData("/admin/content/FactSheet/factsheeteducation", true)]
    [InlineData("/admin/content/FactSheet/create", true)]
    [InlineData("/admin/content/FactSheet/factsheeteducation/versions", true)]
    [InlineData("/admin/content/FactSheet/factsheeteducation/preview", true)]
    [InlineData("/admin/content/SecretariatTerm/termnationalugood2017", true)]
    [InlineData("/admin/definitions", true)]
    [InlineData("/admin/definitions/parts/FactSheet/fields/Year", true)]
    [InlineData("/admin/api-clients", true)]
    [InlineData("/admin/api-clients/new", true)]
    [InlineData("/admin/roles", true)]
    [InlineData("/admin/roles/Editor", true)]
    [InlineData("/admin/media", true)]
    [InlineData("/admin/workflows", true)]
    [InlineData("/admin/approvals", true)]
    public async Task AccountPages_HaveNoSeriousOrCriticalAccessibilityViolations(string path, bool signedIn)
    {
        var page = await site.OpenForAxeAsync(path, signedIn);
        Assert.EndsWith(path, page.Url, StringComparison.Ordinal);

        var violations = await Axe.SeriousViolationsAsync(page);

        Assert.Empty(violations);
    }
}
