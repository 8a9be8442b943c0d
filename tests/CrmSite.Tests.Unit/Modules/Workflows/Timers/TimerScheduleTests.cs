using System.Text.Json.Nodes;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Timers;

namespace CrmSite.Tests.Unit.Modules.Workflows.Timers;

public sealed class TimerScheduleTests
{
    private static readonly DateTime At1007 = new(2026, 3, 2, 10, 7, 30, DateTimeKind.Utc);

    [Fact]
    public void SlotAt_IsTheLatestOccurrenceAtOrBeforeTheMoment_WhenEveryFiveMinutes()
    {
        var schedule = Schedule(new JsonObject { ["CronExpression"] = "*/5 * * * *" });

        var slot = schedule.SlotAt(At1007);
        var onTheSlot = schedule.SlotAt(new DateTime(2026, 3, 2, 10, 5, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2026, 3, 2, 10, 5, 0, DateTimeKind.Utc), slot);
        Assert.Equal(new DateTime(2026, 3, 2, 10, 5, 0, DateTimeKind.Utc), onTheSlot);
    }

    [Fact]
    public void SlotAt_IsYesterdaysSlot_WhenTodaysHasNotComeYet()
    {
        var schedule = Schedule(new JsonObject { ["CronExpression"] = "0 9 * * *" });

        var slot = schedule.SlotAt(new DateTime(2026, 3, 2, 8, 59, 59, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), slot);
    }

    [Fact]
    public void SlotAt_ReadsTheScheduleInTheSiteZone_WhenUseLocalTime()
    {
        var karachi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Karachi");
        var local = Schedule(new JsonObject { ["CronExpression"] = "0 9 * * *", ["UseLocalTime"] = true }, karachi);
        var utc = Schedule(new JsonObject { ["CronExpression"] = "0 9 * * *" }, karachi);
        var noon = new DateTime(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc);

        var localSlot = local.SlotAt(noon);
        var utcSlot = utc.SlotAt(noon);

        Assert.Equal(new DateTime(2026, 3, 2, 4, 0, 0, DateTimeKind.Utc), localSlot);
        Assert.Equal(new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), utcSlot);
    }

    [Fact]
    public void SlotAt_HonoursSeconds_WhenTheExpressionHasSixFields()
    {
        var schedule = Schedule(new JsonObject { ["CronExpression"] = "30 * * * * *" });

        var slot = schedule.SlotAt(new DateTime(2026, 3, 2, 10, 7, 10, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2026, 3, 2, 10, 6, 30, DateTimeKind.Utc), slot);
    }

    [Fact]
    public void For_UsesOrchardsDefault_WhenTheActivityHasNoExpression()
    {
        var schedule = Schedule([]);

        var slot = schedule.SlotAt(At1007);

        Assert.Equal(new DateTime(2026, 3, 2, 10, 5, 0, DateTimeKind.Utc), slot);
    }

    [Fact]
    public void For_IsNull_WhenTheExpressionDoesNotParse() =>
        Assert.Null(TimerSchedule.For(Activity(new JsonObject { ["CronExpression"] = "every five minutes" }), TimeZoneInfo.Utc));

    [Fact]
    public void AsUtc_KeepsTheClockTime_WhenAStoreGaveTheTimeWithoutItsKind()
    {
        var unspecified = new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Unspecified);

        var utc = TimerSchedule.AsUtc(unspecified);

        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal(unspecified.Ticks, utc.Ticks);
    }

    private static TimerSchedule Schedule(JsonObject properties, TimeZoneInfo? siteZone = null) =>
        TimerSchedule.For(Activity(properties), siteZone ?? TimeZoneInfo.Utc) ?? throw new InvalidOperationException("no schedule");

    internal static ActivityContext Activity(JsonObject properties) =>
        new(new ActivityRecord { ActivityId = "timer", Name = "TimerEvent", Properties = properties }, []);
}
