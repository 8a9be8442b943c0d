using System.Globalization;
using CrmSite.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace CrmSite.Tests.Integration.Secretariats.Elections;

/// <summary>
/// The election embargo as a model-based property: FsCheck draws 10,000 random submit, edit, approve and reject
/// steps by officers of four chapters (validation runs on every submission and edit), and after each the model's
/// invariants are checked. A failure names the seed and the step; <c>CRMSITE_EMBARGO_SEED</c> replays it and
/// <c>CRMSITE_EMBARGO_STEPS</c> shortens a local run.
/// </summary>
public abstract class EmbargoPropertyTests(SiteFixture fixture, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task NoUnapprovedResult_IsEverVisibleToAnonymousCallers_AndEveryTransitionIsAudited()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("CRMSITE_EMBARGO_STEPS"), CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("CRMSITE_EMBARGO_SEED"), CultureInfo.InvariantCulture, out var s)
            ? s : (ulong)Random.Shared.NextInt64(1, long.MaxValue);
        using var run = await EmbargoRun.StartAsync(fixture.Site);
        var steps = EmbargoStep.Sample(count, seed, run.Officers.Count, EmbargoRun.Chapters.Length);

        for (var i = 0; i < steps.Length; i++)
        {
            var failure = await run.StepAsync(steps[i]);
            if (failure is null && ((i + 1) % 1000 == 0 || i == steps.Length - 1))
            {
                failure = await run.SweepAsync();
            }
            Assert.True(failure is null, $"seed {seed}, step {i + 1} of {steps.Length} ({steps[i]}): {failure}");
        }

        Assert.Equal(count, steps.Length);
        var done = string.Join(", ", run.Done.OrderBy(d => d.Key).Select(d => $"{d.Key} {d.Value}"));
        output.WriteLine($"seed {seed}, {steps.Length} steps, {run.Model.Results.Count} results: {done}");
        Assert.True(run.Done.GetValueOrDefault("Approved") > 0 && run.Done.GetValueOrDefault("Rejected") > 0 &&
                    run.Done.GetValueOrDefault("ChangesRequested") > 0, $"seed {seed}: the steps never reached every transition ({done})");
    }
}

public sealed class EmbargoPropertySqliteTests(SqliteSite fixture, ITestOutputHelper output)
    : EmbargoPropertyTests(fixture, output), IClassFixture<SqliteSite>;

public sealed class EmbargoPropertyPostgresTests(PostgresSite fixture, ITestOutputHelper output)
    : EmbargoPropertyTests(fixture, output), IClassFixture<PostgresSite>;
