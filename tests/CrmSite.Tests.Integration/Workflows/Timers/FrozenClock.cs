using Microsoft.Extensions.Time.Testing;

namespace CrmSite.Tests.Integration.Workflows.Timers;

/// <summary>
/// "Now" stands still until a test moves it, while timers and delays run on the real clock: moving a fake clock
/// by a month would otherwise make every periodic service of the site (the scheduled publisher ticks every 30 s)
/// tick tens of thousands of times on the spot.
/// </summary>
public sealed class FrozenClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, dueTime, period);
}
