using System.Globalization;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Settings;
using CrmSite.Secretariats.Api;

namespace CrmSite.Secretariats.ContentTypes;

/// <summary>
/// Derives each secretariat's host from its published terms. A term is current only when a source dates both its
/// start and end and today (on the site's calendar) lies between them; otherwise the host is "not yet reported", and the last reported
/// term is shown as such, never as the present host.
/// </summary>
public sealed class SecretariatDirectory(ContentReader content, SiteCalendar calendar)
{
    public const string Current = "current";
    public const string NotYetReported = "not yet reported";

    public async Task<IReadOnlyList<SecretariatView>> ListAsync(CancellationToken cancellationToken)
    {
        var chapters = await content.ListAsync("Chapter", VersionOptions.Published, cancellationToken);
        var chapterOrder = chapters.Select((c, i) => (c.ContentItemId, i)).ToDictionary(p => p.ContentItemId, p => p.i);
        var chaptersById = chapters.ToDictionary(c => c.ContentItemId);
        var organizations = (await content.ListAsync("Organization", VersionOptions.Published, cancellationToken))
            .ToDictionary(o => o.ContentItemId);
        var terms = await content.ListAsync(SecretariatTypes.SecretariatTerm, VersionOptions.Published, cancellationToken);
        var secretariats = await content.ListAsync(SecretariatTypes.Secretariat, VersionOptions.Published, cancellationToken);
        var today = await calendar.TodayAsync(cancellationToken);

        return secretariats
            .Select(s => View(s, chaptersById, organizations, terms, today))
            .OrderBy(v => v.Chapter is { } c && chapterOrder.TryGetValue(c.ContentItemId, out var i) ? i : int.MaxValue)
            .ToList();
    }

    /// <summary>The secretariat of the chapter with code or item id <paramref name="chapter"/>, or null.</summary>
    public async Task<SecretariatView?> FindAsync(string chapter, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(v =>
            v.Chapter is { } c && (c.ContentItemId == chapter || string.Equals(c.Code, chapter, StringComparison.OrdinalIgnoreCase)));

    private static SecretariatView View(ContentItem secretariat, Dictionary<string, ContentItem> chapters,
        Dictionary<string, ContentItem> organizations, IReadOnlyList<ContentItem> allTerms, DateTime today)
    {
        const string Part = SecretariatTypes.Secretariat;
        var chapterId = secretariat.Id(Part, "Chapter");
        var chapter = chapterId is null ? null : chapters.GetValueOrDefault(chapterId);
        var terms = allTerms
            .Where(t => chapterId is not null && t.Ids(SecretariatTypes.SecretariatTerm, "Chapter").Contains(chapterId))
            .OrderBy(t => SecretariatTermValidator.PeriodOf(t).SortDate ?? DateTime.MaxValue)
            .ToList();
        var views = terms.ConvertAll(t => Term(t, organizations));
        var last = views.Count > 0 ? views[^1] : null;
        // A term counts as current only with a published member organisation as its host.
        var currentView = views.LastOrDefault(v => v.Host is not null && new TermPeriod(v.Start, v.End).Covers(today));
        return new SecretariatView(
            secretariat.ContentItemId,
            secretariat.DisplayText,
            chapterId is null ? null : new ChapterRef(chapterId, chapter?.DisplayText, chapter?.Text("Chapter", "Code"), chapter?.Text("Chapter", "UrduName")),
            secretariat.Text(Part, "Location"),
            currentView?.Host,
            currentView is null ? NotYetReported : Current,
            Note(currentView, last),
            last,
            views);
    }

    private static string Note(TermView? current, TermView? last)
    {
        if (current is not null)
        {
            return $"Held by {current.Host!.DisplayText} until {Day(current.End)}.";
        }
        if (last is null)
        {
            return "Not yet reported: no source we hold names this secretariat's host.";
        }
        var when = last.Dating ?? Day(last.Start ?? last.End);
        return $"Not yet reported: no source we hold names the present host. The last reported host is " +
            $"{last.Host?.DisplayText ?? "not published"}, {when}.";
    }

    private static TermView Term(ContentItem term, Dictionary<string, ContentItem> organizations)
    {
        const string Part = SecretariatTypes.SecretariatTerm;
        var hostId = term.Id(Part, "HostOrganization");
        var url = term.Url(Part, "Source");
        var sourceText = term.Text(Part, "Source");
        return new TermView(
            term.ContentItemId,
            term.DisplayText,
            hostId is not null && organizations.TryGetValue(hostId, out var host) ? new HostRef(hostId, host.DisplayText) : null,
            term.Date(Part, "Start"),
            term.Date(Part, "End"),
            term.Text(Part, "Dating"),
            term.Text(Part, "DatePrecision"),
            term.Text(Part, "Method"),
            term.Number(Part, "Nominations"),
            term.Number(Part, "VotesCast"),
            term.Number(Part, "VotesForHost"),
            term.Text(Part, "ElectionCommission"),
            term.Text(Part, "Note"),
            url is null ? null : new SourceLink(url, sourceText));
    }

    private static string Day(DateTime? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "an unknown date";
}
