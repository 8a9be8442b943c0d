using System.Globalization;
using CrmSite.Admin.AuditTrail;
using CrmSite.Content.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CrmSite.Admin.Pages.Admin.Audit;

/// <summary>
/// <c>/admin/audit</c> (ViewAuditTrail): who did what and when, newest first, filtered by event, user, item and
/// UTC dates, fifty a page. A date that is not one is shown beside its field with 400.
/// </summary>
public sealed class IndexModel(AuditTrailReader reader, IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "event")]
    public string? Event { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "item")]
    public string? Item { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "before")]
    public long? Before { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public IReadOnlyList<string> EventNames { get; private set; } = [];

    public AuditPage? Events { get; private set; }

    public async Task OnGetAsync()
    {
        EventNames = await reader.EventNamesAsync(HttpContext.RequestAborted);
        var from = ParseDate("from", From);
        var to = ParseDate("to", To);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Events = await reader.ReadAsync(new AuditQuery(Event, UserName, Item, from, to, Before), HttpContext.RequestAborted);
    }

    /// <summary>The same filters, continuing after <paramref name="older"/>.</summary>
    public string OlderHref(long older) => Request.PathBase + Request.Path + QueryString.Create(new Dictionary<string, string?>
    {
        ["event"] = Event,
        ["user"] = UserName,
        ["item"] = Item,
        ["from"] = From,
        ["to"] = To,
        ["before"] = older.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    private DateOnly? ParseDate(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Errors[field] = text["'{0}' is not a date; use YYYY-MM-DD.", value];
        return null;
    }
}
