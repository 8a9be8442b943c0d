using System.Text.Json;
using Microsoft.Playwright;

namespace CrmSite.Tests.Browser.Infrastructure;

/// <summary>
/// axe-core (from npm, copied next to the tests by the build) run in the page: the serious and critical violations
/// it finds. The page's own CSP would refuse the injected script, so pages checked here are opened in a context that
/// bypasses CSP (<see cref="BrowserSite.OpenForAxeAsync"/>).
/// </summary>
public static class Axe
{
    public static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    /// <summary>Skips (outside CI) or fails (in CI) when axe-core was not installed at build time.</summary>
    public static void Require()
    {
        if (File.Exists(ScriptPath))
        {
            return;
        }
        if (Chromium.IsCi)
        {
            Assert.Fail($"CI=true but {ScriptPath} is missing: the build needs npm to install axe-core.");
        }
        Skip.If(true, $"{ScriptPath} is missing (no npm at build time); accessibility tests are skipped outside CI.");
    }

    /// <summary>"rule: help (selectors)" for each serious or critical violation on the page.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = ScriptPath });
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')'));
            }
            """);
        return JsonSerializer.Deserialize<string[]>(json) ?? [];
    }
}
