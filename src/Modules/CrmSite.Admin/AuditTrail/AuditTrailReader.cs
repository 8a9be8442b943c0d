using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Admin.AuditTrail;

/// <summary>What the audit page asks for: every filter optional; <see cref="Before"/> pages back from an event id.</summary>
public sealed record AuditQuery(string? EventName, string? UserName, string? ContentItemId, DateOnly? From, DateOnly? To, long? Before);

/// <summary>One page of events, newest first, and the id to continue from when older ones exist.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEventRecord> Events, long? Older);

/// <summary>
/// Reads the audit trail (append-only: nothing here writes). Pages go back by event id rather than by offset, so
/// the hundredth page costs what the first does; dates are whole UTC days, <c>To</c> included.
/// </summary>
public sealed class AuditTrailReader(CrmSiteDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditPage> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var events = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EventName))
        {
            var name = query.EventName.Trim();
            events = events.Where(e => e.EventName == name);
        }
        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            var user = query.UserName.Trim();
            events = events.Where(e => e.UserName == user);
        }
        if (!string.IsNullOrWhiteSpace(query.ContentItemId))
        {
            var id = query.ContentItemId.Trim();
            events = events.Where(e => e.ContentItemId == id);
        }
        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            events = events.Where(e => e.CreatedUtc >= start);
        }
        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            events = events.Where(e => e.CreatedUtc < end);
        }
        if (query.Before is { } before)
        {
            events = events.Where(e => e.Id < before);
        }
        var rows = await events.OrderByDescending(e => e.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        return rows.Count > PageSize ? new AuditPage(rows[..PageSize], rows[PageSize - 1].Id) : new AuditPage(rows, null);
    }

    /// <summary>The event names recorded so far, for the filter's choices.</summary>
    public async Task<IReadOnlyList<string>> EventNamesAsync(CancellationToken cancellationToken = default) =>
        await db.AuditEvents.AsNoTracking().Select(e => e.EventName).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
}
