using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Locking;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Workflows.Timers;

/// <summary>
/// The lock the nodes share for the timers, on the store's own mechanism: two nodes (two lock instances, each its
/// own owner or connection) asking at once, one of them wins.
/// </summary>
public abstract class WorkflowLockTests(SiteFixture<TimerSite> fixture)
{
    private TimerSite Site => fixture.Site;

    [SkippableFact]
    public async Task TryAcquire_GivesTheLockToExactlyOne_WhenTwoNodesAskAtOnce()
    {
        var (first, second) = TwoNodes();
        var wins = new List<int>();

        for (var round = 0; round < 5; round++)
        {
            var name = "test-lock-" + Guid.NewGuid().ToString("N");
            var held = await Task.WhenAll(first.TryAcquireAsync(name, CancellationToken.None), second.TryAcquireAsync(name, CancellationToken.None));
            wins.Add(held.Count(h => h is not null));
            foreach (var handle in held.OfType<IAsyncDisposable>())
            {
                await handle.DisposeAsync();
            }
        }

        Assert.Equal([1, 1, 1, 1, 1], wins);
        Assert.IsType(Site.Provider == StoreProvider.Postgres ? typeof(PostgresWorkflowLock) : typeof(LeaseWorkflowLock), first);
    }

    [SkippableFact]
    public async Task TryAcquire_Succeeds_OnceTheHolderReleasesIt()
    {
        var (first, second) = TwoNodes();
        var name = "test-lock-" + Guid.NewGuid().ToString("N");
        var held = await first.TryAcquireAsync(name, CancellationToken.None);

        var whileHeld = await second.TryAcquireAsync(name, CancellationToken.None);
        await held!.DisposeAsync();
        await using var afterRelease = await second.TryAcquireAsync(name, CancellationToken.None);

        Assert.Null(whileHeld);
        Assert.NotNull(afterRelease);
    }

    [SkippableFact]
    public async Task FireDue_FiresNothing_WhileAnotherNodeHoldsTheTimersLock()
    {
        var typeId = await TimerTypes.ImportStartingAsync(Site, "*/5 * * * *");
        await Site.FireAsync(typeId);
        Site.Clock.Advance(TimeSpan.FromMinutes(5));
        var (_, otherNode) = TwoNodes();
        var held = await otherNode.TryAcquireAsync(CrmSite.Workflows.Timers.WorkflowTimerService.TimersLock, CancellationToken.None);

        var whileHeld = await Site.FireAsync(typeId);
        await held!.DisposeAsync();
        var afterRelease = await Site.FireAsync(typeId);

        Assert.Empty(whileHeld);
        Assert.Single(afterRelease);
    }

    /// <summary>This node's lock and a second node's lock of the same kind on the same store.</summary>
    protected (IWorkflowLock This, IWorkflowLock Other) TwoNodes()
    {
        var own = Site.Services.GetRequiredService<IWorkflowLock>();
        return (own, (IWorkflowLock)ActivatorUtilities.CreateInstance(Site.Services, own.GetType()));
    }
}

public sealed class WorkflowLockSqliteTests(TimerSqliteSite fixture) : WorkflowLockTests(fixture), IClassFixture<TimerSqliteSite>
{
    [Fact]
    public async Task TryAcquire_TakesOverTheLease_WhenItsHolderDiedAndTheLeaseRanOut()
    {
        var (dead, other) = TwoNodes();
        var third = TwoNodes().Other;
        var name = "test-lock-" + Guid.NewGuid().ToString("N");
        var neverReleased = await dead.TryAcquireAsync(name, CancellationToken.None);

        var beforeExpiry = await other.TryAcquireAsync(name, CancellationToken.None);
        fixture.Site.Clock.Advance(LeaseWorkflowLock.Lease + TimeSpan.FromSeconds(1));
        await using var afterExpiry = await other.TryAcquireAsync(name, CancellationToken.None);
        await neverReleased!.DisposeAsync();
        var afterLateRelease = await third.TryAcquireAsync(name, CancellationToken.None);

        Assert.Null(beforeExpiry);
        Assert.NotNull(afterExpiry);
        Assert.Null(afterLateRelease);
    }
}

public sealed class WorkflowLockPostgresTests(TimerPostgresSite fixture) : WorkflowLockTests(fixture), IClassFixture<TimerPostgresSite>;
