using System.Text.Json.Nodes;
using CrmSite.Content.Store;

namespace CrmSite.Search.SiteSearch;

/// <summary>
/// Which index visitors search: Orchard's site setting <c>LuceneSettings.SearchIndex</c>, <c>search</c> when unset.
/// Read at most every few seconds rather than on every search.
/// </summary>
public sealed class SiteSearchIndex(TimeProvider clock)
{
    public const string DefaultName = "search";
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(5);
    // Replaced whole, never changed in place, so concurrent searches read a consistent pair.
    private Cached? last;

    public async Task<string> NameAsync(DocumentStore documents, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (last is { } known && now - known.ReadAt < Fresh)
        {
            return known.Name;
        }
        var (settings, _) = await documents.GetJsonAsync(Content.Settings.SiteCalendar.SettingsDocument, cancellationToken);
        var name = settings["LuceneSettings"]?["SearchIndex"] is JsonValue value && value.TryGetValue<string>(out var configured) &&
            configured.Length > 0 ? configured : DefaultName;
        last = new Cached(name, now);
        return name;
    }

    private sealed record Cached(string Name, DateTimeOffset ReadAt);
}
