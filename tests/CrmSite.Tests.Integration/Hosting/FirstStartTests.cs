using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Hosting;

/// <summary>The site started as its own process, without an administrator password configured.</summary>
public sealed partial class FirstStartTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _dataPath = Directory.CreateTempSubdirectory("crmsite-first-").FullName;

    [Fact]
    public async Task FirstStart_PrintsGeneratedPasswordOnceAndForcesAChange_WhenNoPasswordIsConfigured()
    {
        var environment = new Dictionary<string, string> { ["CRMSITE_ADMIN_USER"] = "chief" };
        string password;
        using (var first = SiteProcess.Start(_dataPath, environment, "--urls", "http://127.0.0.1:0"))
        {
            using var client = await ConnectAsync(first);
            var line = await first.WaitForLineAsync(l => l.Contains("one-time password", StringComparison.Ordinal), StartTimeout);
            password = PasswordPattern().Match(line).Groups[1].Value;

            using var refused = await client.PostAsJsonAsync("/api/account/login", new { userName = "chief", password });
            using var changed = await client.PostAsJsonAsync("/api/account/change-password",
                new { userName = "chief", currentPassword = password, newPassword = "Chosen-Passw0rd!" });
            using var accepted = await client.PostAsJsonAsync("/api/account/login", new { userName = "chief", password = "Chosen-Passw0rd!" });

            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
            Assert.DoesNotContain(first.Lines.Where(l => !l.Contains("one-time password", StringComparison.Ordinal)),
                l => l.Contains(password, StringComparison.Ordinal));
        }

        using var second = SiteProcess.Start(_dataPath, environment, "--urls", "http://127.0.0.1:0");
        using var again = await ConnectAsync(second);
        using var health = await again.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.DoesNotContain(second.Lines, l => l.Contains("one-time password", StringComparison.Ordinal));
        Assert.DoesNotContain(second.Lines, l => l.Contains("Site set up", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
    }

    private static async Task<HttpClient> ConnectAsync(SiteProcess site)
    {
        var line = await site.WaitForLineAsync(l => l.Contains("Now listening on:", StringComparison.Ordinal), StartTimeout);
        var address = AddressPattern().Match(line).Value;
        return new HttpClient { BaseAddress = new Uri(address) };
    }

    [GeneratedRegex(@"one-time password: (\S+)")]
    private static partial Regex PasswordPattern();

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex AddressPattern();
}
