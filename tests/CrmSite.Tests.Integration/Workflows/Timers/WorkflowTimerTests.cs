using System.Text.Json.Nodes;
using CrmSite.Content.Recipes;
using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Model;

namespace CrmSite.Tests.Integration.Workflows.Timers;

/// <summary>
/// Timers on a clock the tests move: one firing per slot, one catch-up after downtime, never twice for a slot.
/// Every test moves the shared clock forward only, and looks only at its own type's timers.
/// </summary>
public abstract class WorkflowTimerTests(SiteFixture<TimerSite> fixture)
{
    private TimerSite Site => fixture.Site;

    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    [SkippableFact]
    public async Task FireDue_FiresOncePerSlot_WhenTheClockMovesAMinuteAtATime()
    {
        var typeId = await TimerTypes.ImportStartingAsync(Site, "*/5 * * * *");
        await Site.FireAsync(typeId);
        var fired = new List<DateTime>();

        for (var minute = 0; minute < 15; minute++)
        {
            Site.Clock.Advance(TimeSpan.FromMinutes(1));
            fired.AddRange((await Site.FireAsync(typeId)).Select(f => f.SlotUtc));
        }

        Assert.Equal(3, fired.Count);
        Assert.Equal(3, fired.Distinct().Count());
        Assert.All(fired, slot => Assert.Equal(0, slot.Ticks % FiveMinutes.Ticks));
        var instances = await Site.InstancesAsync(typeId);
        Assert.Equal(3, instances.Count);
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, i.Status));
    }

    [SkippableFact]
    public async Task FireDue_FiresOnce_WhenCalledTwiceInTheSameSlot()
    {
        var typeId = await TimerTypes.ImportStartingAsync(Site, "*/5 * * * *");
        await Site.FireAsync(typeId);
        Site.Clock.Advance(FiveMinutes);

        var first = await Site.FireAsync(typeId);
        var second = await Site.FireAsync(typeId);

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Single(await Site.InstancesAsync(typeId));
    }

    [SkippableFact]
    public async Task FireDue_CatchesUpOnceForTheLatestSlot_WhenTheSiteWasDownForAnHour()
    {
        var typeId = await TimerTypes.ImportStartingAsync(Site, "*/5 * * * *");
        await Site.FireAsync(typeId);
        Site.Clock.Advance(TimeSpan.FromHours(1));
        var latestSlot = new DateTime(Site.Now.Ticks / FiveMinutes.Ticks * FiveMinutes.Ticks, DateTimeKind.Utc);

        var afterDowntime = await Site.FireAsync(typeId);
        Site.Clock.Advance(TimeSpan.FromMinutes(1));
        var nextMinute = await Site.FireAsync(typeId);

        var firing = Assert.Single(afterDowntime);
        Assert.Equal(latestSlot, firing.SlotUtc);
        Assert.Empty(nextMinute);
        var instance = Assert.Single(await Site.InstancesAsync(typeId));
        Assert.Equal(latestSlot, DateTime.Parse(instance.State.Input["TimerSlotUtc"]!.GetValue<string>(),
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
    }

    [SkippableFact]
    public async Task FireDue_RecordsTheSlotWithoutFiring_WhenAStartTimerIsSeenForTheFirstTime()
    {
        var typeId = await TimerTypes.ImportStartingAsync(Site, "*/5 * * * *");
        var currentSlot = new DateTime(Site.Now.Ticks / FiveMinutes.Ticks * FiveMinutes.Ticks, DateTimeKind.Utc);

        var fired = await Site.FireAsync(typeId);

        Assert.Empty(fired);
        Assert.Empty(await Site.InstancesAsync(typeId));
        Assert.Equal(currentSlot, await Site.LastSlotAsync($"{typeId}/start"));
    }

    [SkippableFact]
    public async Task FireDue_ResumesAWaitingInstance_AtTheFirstSlotAfterItWasReached()
    {
        var typeId = await TimerTypes.ImportWaitingAsync(Site, "*/5 * * * *");
        var started = await TimerTypes.StartAsync(Site, typeId);
        var nextSlot = new DateTime((Site.Now.Ticks / FiveMinutes.Ticks + 1) * FiveMinutes.Ticks, DateTimeKind.Utc);
        Site.Clock.Advance(nextSlot - Site.Now - TimeSpan.FromSeconds(1));

        var beforeTheSlot = await Site.FireAsync(started.WorkflowId);
        Site.Clock.Advance(TimeSpan.FromSeconds(1));
        var onTheSlot = await Site.FireAsync(started.WorkflowId);
        var again = await Site.FireAsync(started.WorkflowId);

        Assert.Equal(WorkflowStatus.Halted, started.Status);
        Assert.Empty(beforeTheSlot);
        var firing = Assert.Single(onTheSlot);
        Assert.Equal(nextSlot, firing.SlotUtc);
        Assert.Equal(started.WorkflowId, firing.WorkflowId);
        Assert.Empty(again);
        var instance = Assert.Single(await Site.InstancesAsync(typeId));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["start", "wait", "wait"], instance.State.ExecutedActivities.Select(a => a.ActivityId));
    }

    [SkippableFact]
    public async Task FireDue_NeverFiresASlotAgain_WhenItsWorkflowFaulted()
    {
        var boom = TimerTypes.Activity("boom", "ScriptTask", false, new JsonObject { ["Script"] = new JsonObject { ["Expression"] = "throw new Error('boom')" } });
        var typeId = await TimerTypes.ImportStartingAsync(Site, "*/5 * * * *", then: boom);
        await Site.FireAsync(typeId);
        Site.Clock.Advance(FiveMinutes);

        var first = await Site.FireAsync(typeId);
        Site.Clock.Advance(TimeSpan.FromSeconds(10));
        var sameSlot = await Site.FireAsync(typeId);
        Site.Clock.Advance(FiveMinutes);
        var nextSlot = await Site.FireAsync(typeId);

        Assert.Single(first);
        Assert.Empty(sameSlot);
        Assert.Single(nextSlot);
        var instances = await Site.InstancesAsync(typeId);
        Assert.Equal(2, instances.Count);
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Faulted, i.Status));
    }

    [SkippableFact]
    public async Task FireDue_StartsNothing_WhileTheTypeIsDisabled_AndFiresNoPastSlotWhenItIsEnabled()
    {
        var typeId = await TimerTypes.ImportStartingAsync(Site, "*/5 * * * *", enabled: false);
        await Site.FireAsync(typeId);
        Site.Clock.Advance(TimeSpan.FromMinutes(10));

        var whileDisabled = await Site.FireAsync(typeId);
        await TimerTypes.ImportStartingAsync(Site, "*/5 * * * *", typeId: typeId);
        var justEnabled = await Site.FireAsync(typeId);
        Site.Clock.Advance(FiveMinutes);
        var nextSlot = await Site.FireAsync(typeId);

        Assert.Empty(whileDisabled);
        Assert.Empty(justEnabled);
        Assert.Single(nextSlot);
        Assert.Single(await Site.InstancesAsync(typeId));
    }

    [SkippableFact]
    public async Task WorkflowTypeStep_RefusesATimer_NamingItsCronExpression_WhenTheExpressionDoesNotParse()
    {
        var typeId = WorkflowSites.NewTypeId();

        var error = await Assert.ThrowsAsync<RecipeException>(() => TimerTypes.ImportStartingAsync(Site, "every 5 minutes", typeId: typeId));

        Assert.Contains("Activities[start].Properties.CronExpression", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Site.FireAsync(typeId));
    }
}

public sealed class WorkflowTimerSqliteTests(TimerSqliteSite fixture) : WorkflowTimerTests(fixture), IClassFixture<TimerSqliteSite>;

public sealed class WorkflowTimerPostgresTests(TimerPostgresSite fixture) : WorkflowTimerTests(fixture), IClassFixture<TimerPostgresSite>;
