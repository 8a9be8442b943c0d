using System.Text.RegularExpressions;
using CrmSite.Tests.Browser.Infrastructure;
using Microsoft.Playwright;

namespace CrmSite.Tests.Browser.Admin;

/// <summary>
/// The admin in Urdu in Chromium: chosen on the sign-in page, signed in through the Urdu form, laid out right to left
/// in Nastaliq, checked on a screenshot (the heading's ink sits at the right where the English one sits at the left),
/// and clean for axe-core.
/// </summary>
[Collection(BrowserSiteGroup.Name)]
public sealed class UrduBrowserTests(BrowserSite site)
{
    [SkippableFact]
    public async Task UrduAdmin_IsRightToLeft_InNastaliq_OnTheScreenshot()
    {
        // The CSP is bypassed for axe-core's script only; the pages are the same.
        var context = await (await site.BrowserAsync()).NewContextAsync(new BrowserNewContextOptions
        {
            BypassCSP = true,
            ViewportSize = new ViewportSize { Width = 1000, Height = 700 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Address, "/admin/login?ReturnUrl=%2Fadmin%2Fusers").ToString());
        var englishHeading = await InkAsync(page, "h1");

        await page.GetByRole(AriaRole.Button, new() { Name = "اردو" }).ClickAsync();
        var urduSignIn = await InkAsync(page, "h1");
        await page.GetByLabel("صارف نام").FillAsync(BrowserSiteFactory.AdminUser);
        await page.GetByLabel("پاس ورڈ").FillAsync(BrowserSiteFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "سائن اِن" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/users$"));

        var direction = await page.EvaluateAsync<string>("() => document.documentElement.dir + ' ' + document.documentElement.lang");
        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        var nastaliq = await page.EvaluateAsync<bool>("async () => { await document.fonts.ready; return document.fonts.check('16px \"CrmSite Nastaliq\"', 'صارفین'); }");
        var family = await page.Locator("h1").EvaluateAsync<string>("e => getComputedStyle(e).fontFamily");
        var urduHeading = await InkAsync(page, "h1");
        var englishBox = englishHeading.Box;
        var violations = await Axe.SeriousViolationsAsync(page);

        Assert.Equal("rtl ur", direction);
        Assert.Equal("صارفین", heading);
        Assert.True(nastaliq, "the Nastaliq face is not loaded for Urdu text");
        Assert.StartsWith("\"CrmSite Nastaliq\"", family, StringComparison.Ordinal);
        // In its heading's box, English ink starts at the left edge and Urdu ink ends at the right edge.
        Assert.True(englishHeading.FromLeft < 8 && englishHeading.FromRight > englishBox / 2, $"English sign-in heading: {englishHeading}");
        Assert.True(urduSignIn.FromRight < 8 && urduSignIn.FromLeft > urduSignIn.Box / 2, $"Urdu sign-in heading: {urduSignIn}");
        Assert.True(urduHeading.FromRight < 8 && urduHeading.FromLeft > urduHeading.Box / 2, $"Urdu users heading: {urduHeading}");
        Assert.Empty(violations);
    }

    /// <summary>
    /// Where the element's text is drawn on a screenshot of the page: how far the dark pixels within its box stay from
    /// the box's left and right edges, and the box's width. Chromium itself decodes the screenshot, in a blank page.
    /// </summary>
    private static async Task<(int FromLeft, int FromRight, int Box)> InkAsync(IPage page, string selector)
    {
        var box = await page.Locator(selector).BoundingBoxAsync() ?? throw new InvalidOperationException($"no {selector}");
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png });
        var decoder = await page.Context.NewPageAsync();
        try
        {
            var ink = await decoder.EvaluateAsync<int[]>("""
                async ([data, x, y, width, height]) => {
                    const image = new Image();
                    image.src = 'data:image/png;base64,' + data;
                    await image.decode();
                    const canvas = document.createElement('canvas');
                    canvas.width = image.width;
                    canvas.height = image.height;
                    const context = canvas.getContext('2d');
                    context.drawImage(image, 0, 0);
                    const pixels = context.getImageData(x, y, width, height).data;
                    let left = -1, right = -1;
                    for (let column = 0; column < width; column++) {
                        for (let row = 0; row < height; row++) {
                            const i = (row * width + column) * 4;
                            if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 300) {
                                if (left < 0) left = column;
                                right = column;
                                break;
                            }
                        }
                    }
                    if (left < 0) throw new Error('no ink in the box');
                    return [left, width - 1 - right, width];
                }
                """, new object[] { Convert.ToBase64String(png), (int)box.X, (int)box.Y, (int)box.Width, (int)box.Height });
            return (ink[0], ink[1], ink[2]);
        }
        finally
        {
            await decoder.CloseAsync();
        }
    }
}
