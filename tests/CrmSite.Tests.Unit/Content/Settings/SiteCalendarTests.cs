using CrmSite.Content.Settings;
using CrmSite.Content.Store;
using CrmSite.Tests.Unit.Infrastructure;

namespace CrmSite.Tests.Unit.Content.Settings;

public sealed class SiteCalendarTests : IDisposable
{
    // 20:00 UTC on 1 January is already 2 January in Karachi (UTC+5).
    private static readonly DateTimeOffset Evening = new(2026, 1, 1, 20, 0, 0, TimeSpan.Zero);

    private readonly EmptyStore _store = new();

    [Theory]
    [InlineData("""{"TimeZoneId":"Asia/Karachi"}""", 2)]
    [InlineData("""{"TimeZoneId":"Nowhere/Unknown"}""", 1)]
    [InlineData("""{}""", 1)]
    public async Task TodayAsync_IsTheDateInTheSiteTimeZone_OrUtcWithoutOne(string settings, int day)
    {
        await using var db = _store.Open();
        db.Documents.Add(new DocumentRecord { Name = SiteCalendar.SettingsDocument, Content = settings, Version = 1 });
        await db.SaveChangesAsync();

        var today = await new SiteCalendar(new DocumentStore(db), new FixedClock(Evening)).TodayAsync(CancellationToken.None);

        Assert.Equal(new DateTime(2026, 1, day, 0, 0, 0, DateTimeKind.Unspecified), today);
    }

    public void Dispose() => _store.Dispose();

    private sealed class EmptyStore : TemporaryStore;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
