using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace CrmSite.Tests.Browser.Infrastructure;

/// <summary>
/// One started site and one browser for a test collection, both started on first use so that a missing browser
/// skips before anything starts.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime, IDisposable
{
    private readonly SemaphoreSlim _start = new(1, 1);
    private BrowserSiteFactory? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri Address { get; private set; } = new("http://localhost/");

    /// <summary>The browser, with the site started and its search index caught up with the seeded content.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        Chromium.Require();
        await _start.WaitAsync();
        try
        {
            if (_browser is null)
            {
                _site = new BrowserSiteFactory();
                Address = _site.Start();
                await WaitForSearchAsync("stunting");
                _playwright = await Playwright.CreateAsync();
                _browser = await Chromium.LaunchAsync(_playwright);
            }
            return _browser;
        }
        finally
        {
            _start.Release();
        }
    }

    /// <summary>A new page in a context of its own (own cookies), on <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(string path, bool javaScript = true)
    {
        var context = await (await BrowserAsync()).NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Address, path).ToString());
        return page;
    }

    /// <summary>
    /// A new page that ignores the site's CSP (so that axe-core can be injected), on <paramref name="path"/>, signed in
    /// as the administrator when <paramref name="signedIn"/>.
    /// </summary>
    public async Task<IPage> OpenForAxeAsync(string path, bool signedIn = false)
    {
        Axe.Require();
        var context = await (await BrowserAsync()).NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        if (signedIn)
        {
            await SignInAsync(context);
        }
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Address, path).ToString());
        return page;
    }

    /// <summary>The started site's services (to create users a test needs).</summary>
    public IServiceProvider Services => _site?.Services ?? throw new InvalidOperationException("the site is started by BrowserAsync");

    /// <summary>
    /// A context of its own signed in with the sign-in cookie, as a browser is: as the administrator, or as
    /// <paramref name="userName"/> with <paramref name="password"/>.
    /// </summary>
    public async Task<IBrowserContext> SignedInContextAsync(string userName = BrowserSiteFactory.AdminUser, string password = BrowserSiteFactory.AdminPassword)
    {
        var context = await (await BrowserAsync()).NewContextAsync();
        await SignInAsync(context, userName, password);
        return context;
    }

    private async Task SignInAsync(IBrowserContext context, string userName = BrowserSiteFactory.AdminUser, string password = BrowserSiteFactory.AdminPassword)
    {
        // The context's request API shares the context's cookies: the sign-in cookie it gets is the browser's.
        var login = await context.APIRequest.PostAsync(new Uri(Address, "/api/account/login").ToString(), new APIRequestContextOptions
        {
            DataObject = new { userName, password },
        });
        Assert.Equal(204, login.Status);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Closes the browser; xunit calls this before <see cref="Dispose"/>, which stops the site.</summary>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }

    public void Dispose()
    {
        _site?.Dispose();
        _start.Dispose();
    }

    /// <summary>The index follows the store a moment after start: polls <c>/api/search</c> for up to 20 seconds.</summary>
    private async Task WaitForSearchAsync(string q)
    {
        using var client = new HttpClient { BaseAddress = Address };
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
            if (response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<JsonObject>())?["total"]?.GetValue<int>() > 0)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"the search index found nothing for '{q}' within 20 s");
            await Task.Delay(200);
        }
    }
}
