using System.Text.Json.Nodes;
using CrmSite.Content.Recipes;
using CrmSite.Search.Analysis;
using CrmSite.Search.Indexes;

namespace CrmSite.Search.Recipes;

/// <summary>
/// Creates or updates index profiles. <c>lucene-index</c> takes Orchard's <c>Indices: [{"name": {AnalyzerName,
/// IndexLatest, IndexedContentTypes, Culture, StoreSourceData}}]</c>; <c>CreateOrUpdateIndexProfile</c> (the same
/// class with <paramref name="profileStep"/>) takes <c>Indexes: [{Name|IndexName, ...same properties, at the top or
/// under Properties}]</c>. CrmSite adds <c>Synonyms: [["child marriage", "کم عمری کی شادی"], ...]</c>. A changed
/// profile is rebuilt; an unchanged one is left alone.
/// </summary>
public sealed class LuceneIndexStep(IndexProfileStore profiles, bool profileStep = false) : IRecipeStep
{
    public string Name => profileStep ? "CreateOrUpdateIndexProfile" : "lucene-index";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var incoming = (profileStep ? ReadProfiles(context) : ReadIndices(context)).ToList();
        await profiles.UpdateAsync(document =>
        {
            foreach (var profile in incoming)
            {
                var existing = document.Find(profile.Name);
                if (existing is null)
                {
                    document.Indexes.Add(profile);
                }
                else if (!IndexProfileSettings.Same(existing, profile))
                {
                    document.Indexes[document.Indexes.IndexOf(existing)] = profile with { Generation = existing.Generation + 1 };
                }
            }
        }, cancellationToken);
    }

    private static IEnumerable<IndexProfile> ReadIndices(RecipeStepContext context)
    {
        foreach (var entry in StepJson.Array(context.Step, "Indices"))
        {
            if (entry is not JsonObject named)
            {
                throw context.Fail("each entry of 'Indices' must be an object {\"<index name>\": {settings}}.");
            }
            foreach (var (name, settings) in named)
            {
                yield return Read(context, name, settings as JsonObject ?? []);
            }
        }
    }

    private static IEnumerable<IndexProfile> ReadProfiles(RecipeStepContext context)
    {
        var entries = StepJson.Array(context.Step, "Indexes").Concat(StepJson.Array(context.Step, "indexes"));
        foreach (var entry in entries.OfType<JsonObject>())
        {
            var name = StepJson.Text(entry, "Name") ?? StepJson.Text(entry, "IndexName") ?? "";
            var settings = entry["Properties"] as JsonObject ?? entry;
            yield return Read(context, name, settings);
        }
    }

    private static IndexProfile Read(RecipeStepContext context, string name, JsonObject settings)
    {
        if (name.Length is 0 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw context.Fail($"index name '{name}' must be 1 to 64 letters, digits, '-' or '_'.");
        }
        var analyzer = StepJson.Text(settings, "AnalyzerName") ?? "standardanalyzer";
        if (!AnalyzerCatalog.IsKnown(analyzer))
        {
            throw context.Fail($"index '{name}': analyzer '{analyzer}' is not one of {string.Join(", ", AnalyzerCatalog.Names)}.");
        }
        return new IndexProfile
        {
            Name = name,
            AnalyzerName = analyzer.ToLowerInvariant(),
            IndexLatest = StepJson.Flag(settings, "IndexLatest") ?? false,
            IndexedContentTypes = [.. StepJson.Names(settings, "IndexedContentTypes")],
            // Orchard writes "any" for an index of every culture.
            Culture = StepJson.Text(settings, "Culture") is { } culture && !culture.Equals("any", StringComparison.OrdinalIgnoreCase) ? culture : "",
            StoreSourceData = StepJson.Flag(settings, "StoreSourceData") ?? false,
            Synonyms = ReadSynonyms(context, name, settings),
        };
    }

    private static List<IReadOnlyList<string>> ReadSynonyms(RecipeStepContext context, string name, JsonObject settings)
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (var group in StepJson.Array(settings, "Synonyms"))
        {
            var phrases = (group as JsonArray)?.Select(p => p is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null).ToList();
            if (phrases is null || phrases.Count < 2 || phrases.Any(string.IsNullOrEmpty))
            {
                throw context.Fail($"index '{name}': each entry of Synonyms must be a list of two or more phrases.");
            }
            groups.Add(phrases!);
        }
        return groups;
    }
}
