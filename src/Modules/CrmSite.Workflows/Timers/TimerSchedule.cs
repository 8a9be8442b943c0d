using Cronos;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Timers;

/// <summary>
/// A TimerEvent's schedule: Orchard's <c>CronExpression</c> (five fields, six with seconds, or a macro such as
/// <c>@daily</c>), read in UTC or, with <c>UseLocalTime</c> (<c>UseSiteTimeZone</c> in older Orchard exports), in
/// the site's time zone. A slot is an occurrence of the schedule; the slot "at" a moment is the latest one not after it.
/// </summary>
public sealed class TimerSchedule(CronExpression cron, TimeZoneInfo zone)
{
    public const string Property = "CronExpression";

    /// <summary>Orchard's default when the property is missing: every five minutes.</summary>
    public const string DefaultExpression = "*/5 * * * *";

    /// <summary>The schedule of <paramref name="activity"/>; null when its expression does not parse.</summary>
    public static TimerSchedule? For(ActivityContext activity, TimeZoneInfo siteZone)
    {
        if (Parse(Expression(activity), out var cron) is not null)
        {
            return null;
        }
        var local = activity.Flag("UseLocalTime") || activity.Flag("UseSiteTimeZone");
        return new TimerSchedule(cron!, local ? siteZone : TimeZoneInfo.Utc);
    }

    /// <summary>The activity's expression, Orchard's default when it has none.</summary>
    public static string? Expression(ActivityContext activity) =>
        activity.Properties.ContainsKey(Property) ? activity.Text(Property) : DefaultExpression;

    /// <summary>Parses <paramref name="text"/>; returns what is wrong with it, or null when it parses.</summary>
    public static string? Parse(string? text, out CronExpression? cron)
    {
        cron = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "A timer needs a cron expression, such as '*/5 * * * *' (every five minutes).";
        }
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
        var format = fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        try
        {
            cron = CronExpression.Parse(text.Trim(), format);
            return null;
        }
        catch (CronFormatException e)
        {
            return $"'{text}' is not a cron expression: {e.Message}";
        }
    }

    /// <summary>The latest slot at or before <paramref name="utc"/>, if the schedule has one.</summary>
    public DateTime? SlotAt(DateTime utc) => cron.GetPreviousOccurrence(AsUtc(utc), zone, inclusive: true);

    /// <summary>A stored time as UTC: SQLite gives times back without their kind.</summary>
    public static DateTime AsUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };
}
