using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Management;

namespace CrmSite.Search.SiteSearch;

/// <summary>
/// What facet values are called: type display names, chapter titles, taxonomy term titles, culture names. Which
/// picked items are chapters is known here too. Read from the store once per state of the index (its cursor moves
/// with every content change), not per search.
/// </summary>
public sealed class FacetLabels
{
    private readonly ConcurrentDictionary<string, (long Cursor, Labels Labels)> cache = new(StringComparer.Ordinal);

    public async Task<Labels> GetAsync(string index, long cursor, ContentReader reader, ContentDefinitionManager definitions,
        CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(index, out var cached) && cached.Cursor == cursor)
        {
            return cached.Labels;
        }
        var types = (await definitions.GetAsync(cancellationToken)).ContentTypes
            .ToDictionary(t => t.Name, t => t.DisplayName ?? t.Name, StringComparer.Ordinal);
        var chapters = (await reader.ListAsync("Chapter", VersionOptions.Published, cancellationToken))
            .ToDictionary(c => c.ContentItemId, c => c.DisplayText ?? c.ContentItemId, StringComparer.Ordinal);
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var taxonomy in await reader.ListAsync("Taxonomy", VersionOptions.Published, cancellationToken))
        {
            foreach (var term in taxonomy.Part("TaxonomyPart")?["Terms"] as JsonArray ?? [])
            {
                if (term?["ContentItemId"]?.GetValue<string>() is { } id)
                {
                    terms[id] = term["DisplayText"]?.GetValue<string>() ?? id;
                }
            }
        }
        var labels = new Labels(types, chapters, terms);
        cache[index] = (cursor, labels);
        return labels;
    }

    public sealed record Labels(
        IReadOnlyDictionary<string, string> Types,
        IReadOnlyDictionary<string, string> Chapters,
        IReadOnlyDictionary<string, string> Terms)
    {
        public static string Culture(string culture) => culture switch
        {
            "en" => "English",
            "ur" => "اردو",
            _ => TryNativeName(culture),
        };

        private static string TryNativeName(string culture)
        {
            try
            {
                return System.Globalization.CultureInfo.GetCultureInfo(culture).NativeName;
            }
            catch (System.Globalization.CultureNotFoundException)
            {
                return culture;
            }
        }
    }
}
