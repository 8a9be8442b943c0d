using System.Text.Json.Nodes;
using CrmSite.Workflows.Activities;

namespace CrmSite.Tests.Unit.Modules.Workflows.Timers;

public sealed class TimerEventTests
{
    [Fact]
    public void Validate_NamesCronExpression_WhenItDoesNotParse()
    {
        var activity = TimerScheduleTests.Activity(new JsonObject { ["CronExpression"] = "*/5 * * *" });

        var error = Assert.Single(new TimerEvent().Validate(activity));

        Assert.Equal("Activities[timer].Properties.CronExpression", error.Member);
        Assert.Contains("'*/5 * * *' is not a cron expression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NamesCronExpression_WhenItIsEmpty()
    {
        var activity = TimerScheduleTests.Activity(new JsonObject { ["CronExpression"] = " " });

        var error = Assert.Single(new TimerEvent().Validate(activity));

        Assert.Equal("Activities[timer].Properties.CronExpression", error.Member);
    }

    [Theory]
    [InlineData("*/5 * * * *")]
    [InlineData("0 9 1 * MON-FRI")]
    [InlineData("0 */10 * * * *")]
    [InlineData("@daily")]
    public void Validate_FindsNothing_WhenTheExpressionParses(string cron) =>
        Assert.Empty(new TimerEvent().Validate(TimerScheduleTests.Activity(new JsonObject { ["CronExpression"] = cron })));

    [Fact]
    public void ReachedUtc_ReadsTheMomentBackAsUtc_WhenTheStateWasStoredAsJson()
    {
        var reached = new DateTime(2026, 3, 2, 10, 2, 30, DateTimeKind.Utc);
        var stored = JsonNode.Parse(new JsonObject { [TimerEvent.ReachedState] = reached }.ToJsonString())!.AsObject();

        var read = TimerEvent.ReachedUtc(stored);

        Assert.Equal(reached, read);
        Assert.Equal(DateTimeKind.Utc, read!.Value.Kind);
    }
}
