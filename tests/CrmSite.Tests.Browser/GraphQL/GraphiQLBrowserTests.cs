using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrmSite.Tests.Browser.Infrastructure;
using Microsoft.Playwright;

namespace CrmSite.Tests.Browser.GraphQL;

/// <summary><c>/admin/graphql</c> in Chromium: a query typed into GraphiQL and run, with everything loaded from the site.</summary>
[Collection(BrowserSiteGroup.Name)]
public sealed class GraphiQLBrowserTests(BrowserSite site)
{
    private const string Query = "{ factSheet(first: 1) { displayText } }";

    [SkippableFact]
    public async Task Query_ShowsItsResult_AndNothingIsFetchedFromElsewhere_WhenRunInGraphiQL()
    {
        await using var context = await site.SignedInContextAsync();
        var requests = new ConcurrentQueue<IRequest>();
        context.Request += (_, request) => requests.Enqueue(request);
        var page = await context.NewPageAsync();
        var errors = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Enqueue(error);
        var expected = await FirstFactSheetAsync(context);

        await page.GotoAsync(new Uri(site.Address, "/admin/graphql").ToString());
        RequireBundle(await page.ContentAsync());
        var editor = page.Locator(".graphiql-query-editor .monaco-editor");
        await editor.WaitForAsync();
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(Query);
        // The editor closes the opening brace itself: drop whatever it added after the text.
        await page.Keyboard.PressAsync("Shift+Control+End");
        await page.Keyboard.PressAsync("Delete");
        var post = page.WaitForRequestAsync(r => r.Url.EndsWith("/api/graphql", StringComparison.Ordinal) && r.PostData?.Contains("factSheet", StringComparison.Ordinal) == true);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Execute query") }).ClickAsync();
        var sent = await post;
        var result = page.GetByRole(AriaRole.Region, new() { Name = "Result Window" });
        await result.Locator(".view-lines").Filter(new() { HasText = expected }).WaitForAsync();
        // Monaco starts its language workers while the editors are in use; give the last of them a moment.
        await page.WaitForTimeoutAsync(500);

        Assert.Equal(Query, JsonDocument.Parse(sent.PostData!).RootElement.GetProperty("query").GetString());
        Assert.False(string.IsNullOrEmpty(await sent.HeaderValueAsync("requestverificationtoken")));
        Assert.Contains("\"displayText\"", await result.Locator(".view-lines").InnerTextAsync(), StringComparison.Ordinal);
        var origin = site.Address.GetLeftPart(UriPartial.Authority);
        var urls = requests.Select(r => r.Url).ToList();
        Assert.All(urls, url => Assert.True(
            url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:" + origin, StringComparison.Ordinal),
            $"a request left the site: {url}"));
        Assert.Contains(urls, url => url.Contains("/_content/CrmSite.GraphQL/graphiql/", StringComparison.Ordinal) && url.Contains(".worker.js", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    /// <summary>The displayText the API itself answers, asked with the context's cookie.</summary>
    private async Task<string> FirstFactSheetAsync(IBrowserContext context)
    {
        var response = await context.APIRequest.PostAsync(new Uri(site.Address, "/api/graphql").ToString(), new() { DataObject = new { query = Query } });
        var body = JsonDocument.Parse(await response.TextAsync()).RootElement;
        Assert.Equal(200, response.Status);
        return body.GetProperty("data").GetProperty("factSheet")[0].GetProperty("displayText").GetString()!;
    }

    /// <summary>Skips (outside CI) or fails (in CI) when the site was built without the GraphiQL bundle (no Node.js).</summary>
    private static void RequireBundle(string html)
    {
        if (html.Contains("id=\"graphiql\"", StringComparison.Ordinal))
        {
            return;
        }
        Assert.False(Chromium.IsCi, "CI=true but /admin/graphql has no GraphiQL bundle: the build needs node and npm.");
        Skip.If(true, "The GraphiQL bundle was not built (no node or npm at build time).");
    }
}
