using System.Text.RegularExpressions;
using CrmSite.Tests.Browser.Infrastructure;
using Microsoft.Playwright;

namespace CrmSite.Tests.Browser.Search;

/// <summary><c>/search</c> in Chromium: suggestions as one types, keyboard use, Urdu, and the form without JavaScript.</summary>
[Collection(BrowserSiteGroup.Name)]
public sealed class SearchPageBrowserTests(BrowserSite site)
{
    [SkippableFact]
    public async Task Suggestions_LeadToHighlightedResults_WhenAnEnglishPrefixIsTyped()
    {
        var page = await site.OpenAsync("/search");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" });

        await box.PressSequentiallyAsync("stun", new() { Delay = 40 });
        var options = await VisibleOptionsAsync(page);
        var expanded = await box.GetAttributeAsync("aria-expanded");
        var chosen = await options.First.InnerTextAsync();
        await options.First.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"\?q="));
        await page.Locator(".hits").WaitForAsync();

        Assert.Equal("true", expanded);
        Assert.StartsWith("stun", chosen, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(chosen, await box.InputValueAsync());
        Assert.Matches(@"^\d+ results?$", await page.Locator("#results-heading").InnerTextAsync());
        Assert.True(await page.Locator(".snippet mark, .hit h3 mark").CountAsync() > 0);
    }

    [SkippableFact]
    public async Task Suggestions_LeadToHighlightedResults_WhenAnUrduPrefixIsTypedOnTheUrduPage()
    {
        var page = await site.OpenAsync("/search?lang=ur");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "سائٹ میں تلاش کریں" });

        await box.PressSequentiallyAsync("شاد", new() { Delay = 40 });
        var options = await VisibleOptionsAsync(page);
        var chosen = await options.First.InnerTextAsync();
        await box.PressAsync("ArrowDown");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"\?lang=ur&q="));
        await page.Locator(".hits").WaitForAsync();

        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal("ur", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.StartsWith("شاد", chosen, StringComparison.Ordinal);
        Assert.EndsWith("نتائج", await page.Locator("#results-heading").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".hit[lang='ur'][dir='rtl'] mark").CountAsync() > 0);
    }

    [SkippableFact]
    public async Task Form_ShowsResults_WhenJavaScriptIsDisabled()
    {
        var page = await site.OpenAsync("/search", javaScript: false);

        await page.GetByLabel("Search the site").FillAsync("child marriage");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"\?q=child"));

        Assert.Matches(@"^\d+ results?$", await page.Locator("#results-heading").InnerTextAsync());
        Assert.True(await page.Locator(".hits > li").CountAsync() > 0);
        Assert.True(await page.Locator(".snippet mark").CountAsync() > 0);
        Assert.Equal("false", await page.Locator("#q").GetAttributeAsync("aria-expanded"));
    }

    [SkippableFact]
    public async Task ArrowKeys_MoveThroughSuggestions_AndEscapeClosesThem()
    {
        var page = await site.OpenAsync("/search");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" });
        await box.PressSequentiallyAsync("stun", new() { Delay = 40 });
        var options = await VisibleOptionsAsync(page);
        var ids = await options.EvaluateAllAsync<string[]>("options => options.map(o => o.id)");

        await box.PressAsync("ArrowDown");
        var first = (await box.GetAttributeAsync("aria-activedescendant"), await options.Nth(0).GetAttributeAsync("aria-selected"));
        await box.PressAsync("ArrowDown");
        var second = (await box.GetAttributeAsync("aria-activedescendant"), await options.Nth(0).GetAttributeAsync("aria-selected"),
            await options.Nth(1).GetAttributeAsync("aria-selected"));
        await box.PressAsync("ArrowUp");
        var back = await box.GetAttributeAsync("aria-activedescendant");
        await box.PressAsync("Escape");

        Assert.True(ids.Length >= 2, "'stun' should give at least two suggestions");
        Assert.Equal((ids[0], "true"), first);
        Assert.Equal((ids[1], "false", "true"), second);
        Assert.Equal(ids[0], back);
        Assert.True(await page.Locator("#search-suggestions").IsHiddenAsync());
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        Assert.Null(await box.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("stun", await box.InputValueAsync());
    }

    /// <summary>The suggestion options, once the listbox has opened.</summary>
    private static async Task<ILocator> VisibleOptionsAsync(IPage page)
    {
        var listbox = page.GetByRole(AriaRole.Listbox);
        await listbox.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var options = listbox.GetByRole(AriaRole.Option);
        await options.First.WaitForAsync();
        return options;
    }
}
