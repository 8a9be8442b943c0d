using System.Text.Json.Nodes;
using CrmSite.Content.Store;

namespace CrmSite.Content.Settings;

/// <summary>
/// The date on the site's calendar: today in the site's time zone (the <c>TimeZoneId</c> site setting, Orchard's
/// name for it; Asia/Karachi for CRM), or in UTC when none is set or the zone is unknown to this machine.
/// </summary>
public sealed class SiteCalendar(DocumentStore documents, TimeProvider clock)
{
    public const string SettingsDocument = "SiteSettings";

    public async Task<DateTime> TodayAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (settings, _) = await documents.GetJsonAsync(SettingsDocument, cancellationToken);
        if (settings["TimeZoneId"] is JsonValue value && value.TryGetValue<string>(out var id) &&
            TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return TimeZoneInfo.ConvertTime(now, zone).Date;
        }
        return now.UtcDateTime.Date;
    }
}
