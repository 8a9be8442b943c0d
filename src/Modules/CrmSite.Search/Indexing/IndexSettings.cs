using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;

namespace CrmSite.Search.Indexing;

/// <summary>Orchard's <c>LuceneContentIndexSettings {Included, Stored, Keyword}</c> of a field or type part; included by default.</summary>
public sealed record IndexSettings(bool Included, bool Stored, bool Keyword)
{
    public static readonly IndexSettings Default = new(Included: true, Stored: false, Keyword: false);

    public static IndexSettings Of(JsonObject settings) =>
        SettingsReader.FindIgnoringCase(settings, "LuceneContentIndexSettings") is JsonObject index
            ? new IndexSettings(Flag(index, "Included") ?? true, Flag(index, "Stored") ?? false, Flag(index, "Keyword") ?? false)
            : Default;

    private static bool? Flag(JsonObject settings, string name) =>
        SettingsReader.FindIgnoringCase(settings, name) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;
}
