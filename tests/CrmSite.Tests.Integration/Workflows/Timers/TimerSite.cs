using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Store;
using CrmSite.Workflows.Timers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Workflows.Timers;

/// <summary>
/// A site on a clock that moves only when a test moves it, with no timer loop of its own: the tests fire timers by
/// calling <see cref="WorkflowTimerService.FireDueAsync"/>, so nothing fires behind their back.
/// </summary>
public sealed class TimerSite(StoreProvider provider) : SiteFactory(provider)
{
    // Half a minute past a whole minute, so that no test starts exactly on a slot.
    public FrozenClock Clock { get; } = new(new DateTimeOffset(DateTime.UtcNow.Ticks / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute, TimeSpan.Zero)
        + TimeSpan.FromSeconds(30));

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public WorkflowTimerService Timers => Services.GetRequiredService<WorkflowTimerService>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CrmSite:Workflows:TimerIntervalSeconds", "0");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Fires the due timers now and returns those of <paramref name="workflowTypeOrInstanceId"/>.</summary>
    public async Task<IReadOnlyList<TimerFiring>> FireAsync(string workflowTypeOrInstanceId) =>
        [.. (await Timers.FireDueAsync(CancellationToken.None)).Where(f => f.Key.StartsWith(workflowTypeOrInstanceId + "/", StringComparison.Ordinal))];

    /// <summary>The last slot recorded for the timer <paramref name="key"/>, if any.</summary>
    public Task<DateTime?> LastSlotAsync(string key) => WithStoreAsync(async db =>
        (await db.Set<WorkflowTimerRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.Key == key)) is { } row
            ? TimerSchedule.AsUtc(row.LastSlotUtc) : (DateTime?)null);
}

public sealed class TimerSqliteSite() : SiteFixture<TimerSite>(StoreProvider.Sqlite, p => new TimerSite(p));

public sealed class TimerPostgresSite() : SiteFixture<TimerSite>(StoreProvider.Postgres, p => new TimerSite(p));
