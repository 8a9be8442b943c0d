using Microsoft.Playwright;

namespace CrmSite.Tests.Browser.Infrastructure;

/// <summary>
/// Debian's Chromium, driven by Playwright (no browser download is possible here). Outside CI a missing browser
/// skips the browser tests; in CI (<c>CI=true</c>) it fails them.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CRMSITE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips (outside CI) or fails (in CI) when the browser is not installed.</summary>
    public static void Require()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }
        if (IsCi)
        {
            Assert.Fail($"CI=true but there is no browser at {ExecutablePath}: install chromium.");
        }
        Skip.If(true, $"No browser at {ExecutablePath}; browser tests are skipped outside CI.");
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        // No sandbox (tests run as root in containers), no GPU, /tmp rather than a small /dev/shm, and nothing that
        // reaches out to the network on its own.
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ],
    });
}
