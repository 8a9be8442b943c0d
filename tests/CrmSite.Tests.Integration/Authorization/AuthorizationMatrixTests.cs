using System.Diagnostics;
using CrmSite.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>
/// Every (caller, item, operation, surface) combination of <see cref="AuthorizationMatrix"/> against the reference
/// model, on a site of its own: one list of mismatches, one line each.
/// </summary>
public abstract class AuthorizationMatrixTests(SiteFixture fixture, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task EveryCombination_MatchesTheReferenceModel()
    {
        var site = fixture.Site;
        var clock = Stopwatch.StartNew();

        var (combinations, mismatches) = await new AuthorizationMatrix(site).RunAsync();

        output.WriteLine($"{combinations} combinations on {fixture.Provider} in {clock.Elapsed.TotalSeconds:F1} s, {mismatches.Count} mismatches");
        Assert.True(combinations > 1000, $"only {combinations} combinations ran");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {combinations} combinations differ from the reference model:\n" + string.Join("\n", mismatches));
    }
}

public sealed class AuthorizationMatrixSqliteTests(SqliteSite fixture, ITestOutputHelper output)
    : AuthorizationMatrixTests(fixture, output), IClassFixture<SqliteSite>;

public sealed class AuthorizationMatrixPostgresTests(PostgresSite fixture, ITestOutputHelper output)
    : AuthorizationMatrixTests(fixture, output), IClassFixture<PostgresSite>;
