using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using CrmSite.Workflows.Trimming;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Workflows.Timers;

/// <summary>Instances that ended more than TrimAfterDays (30 here) ago are deleted with their rows; the rest stay.</summary>
public abstract class WorkflowTrimmingTests(SiteFixture<TimerSite> fixture)
{
    private TimerSite Site => fixture.Site;

    [SkippableFact]
    public async Task Trim_DeletesInstancesThatEndedLongAgo_WithTheirBlockingRowsAndTimers_AndKeepsTheRest()
    {
        var typeId = WorkflowSites.NewTypeId();
        var finished = await SaveAsync(typeId, WorkflowStatus.Finished);
        var faulted = await SaveAsync(typeId, WorkflowStatus.Faulted);
        var aborted = await SaveAsync(typeId, WorkflowStatus.Aborted, blockedOn: "wait");
        var halted = await SaveAsync(typeId, WorkflowStatus.Halted, blockedOn: "wait");
        Site.Clock.Advance(TimeSpan.FromDays(31));
        var recent = await SaveAsync(typeId, WorkflowStatus.Finished);

        var trimmed = await Site.Timers.TrimAsync(CancellationToken.None);

        Assert.True(trimmed >= 3, $"trimmed {trimmed}");
        Assert.Equal([halted, recent], (await Site.InstancesAsync(typeId)).Select(i => i.WorkflowId));
        var (blocking, timers) = await Site.WithStoreAsync(async db => (
            await db.Set<BlockingActivityRecord>().Where(b => b.WorkflowTypeId == typeId).Select(b => b.WorkflowId).ToListAsync(),
            await db.Set<WorkflowTimerRecord>().Where(t => t.Key == $"{aborted}/wait" || t.Key == $"{halted}/wait").Select(t => t.Key).ToListAsync()));
        Assert.Equal([halted], blocking);
        Assert.Equal([$"{halted}/wait"], timers);
        Assert.DoesNotContain(finished, blocking);
        Assert.DoesNotContain(faulted, blocking);
    }

    [SkippableFact]
    public async Task Trim_KeepsAnInstance_WhenItEndedFewerThanTrimAfterDaysAgo()
    {
        var typeId = WorkflowSites.NewTypeId();
        var finished = await SaveAsync(typeId, WorkflowStatus.Finished);
        Site.Clock.Advance(TimeSpan.FromDays(29));

        await Site.Timers.TrimAsync(CancellationToken.None);

        Assert.Equal([finished], (await Site.InstancesAsync(typeId)).Select(i => i.WorkflowId));
    }

    [SkippableFact]
    public async Task Trim_DeletesEveryOldInstance_WhenThereAreMoreThanOneBatch()
    {
        var typeId = WorkflowSites.NewTypeId();
        for (var i = 0; i < 5; i++)
        {
            await SaveAsync(typeId, WorkflowStatus.Finished);
        }
        Site.Clock.Advance(TimeSpan.FromDays(1));

        using var scope = Site.Services.CreateScope();
        var trimmed = await scope.ServiceProvider.GetRequiredService<WorkflowTrimmer>().TrimAsync(Site.Now, batchSize: 2, CancellationToken.None);

        Assert.True(trimmed >= 5, $"trimmed {trimmed}");
        Assert.Empty(await Site.InstancesAsync(typeId));
    }

    /// <summary>Saves an instance that is in <paramref name="status"/> now, waiting on <paramref name="blockedOn"/> with a timer row when given.</summary>
    private async Task<string> SaveAsync(string typeId, WorkflowStatus status, string? blockedOn = null)
    {
        using var scope = Site.Services.CreateScope();
        var instance = new WorkflowInstance
        {
            WorkflowId = CrmSite.Content.Items.IdGenerator.NewId(),
            WorkflowTypeId = typeId,
            Status = status,
            CreatedUtc = Site.Now,
            BlockingActivities = blockedOn is null ? [] : [new BlockingActivity(blockedOn, "TimerEvent", false)],
        };
        await scope.ServiceProvider.GetRequiredService<WorkflowInstanceStore>().SaveAsync(instance, Site.Now, CancellationToken.None);
        if (blockedOn is not null)
        {
            var db = scope.ServiceProvider.GetRequiredService<CrmSiteDbContext>();
            db.Add(new WorkflowTimerRecord { Key = $"{instance.WorkflowId}/{blockedOn}", LastSlotUtc = Site.Now });
            await db.SaveChangesAsync();
        }
        return instance.WorkflowId;
    }
}

public sealed class WorkflowTrimmingSqliteTests(TimerSqliteSite fixture) : WorkflowTrimmingTests(fixture), IClassFixture<TimerSqliteSite>;

public sealed class WorkflowTrimmingPostgresTests(TimerPostgresSite fixture) : WorkflowTrimmingTests(fixture), IClassFixture<TimerPostgresSite>;
