using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;

namespace CrmSite.Admin.Definitions;

/// <summary>
/// Writes single keys into Orchard's settings bags, keeping the spelling of a key already there and every key the
/// admin forms do not own (settings of other modules, of Orchard features CrmSite lacks) as they are.
/// </summary>
internal static class SettingsBag
{
    /// <summary>The settings object <paramref name="name"/> in <paramref name="settings"/>, added when missing.</summary>
    public static JsonObject Group(JsonObject settings, string name)
    {
        if (SettingsReader.FindIgnoringCase(settings, name) is JsonObject group)
        {
            return group;
        }
        var added = new JsonObject();
        settings[KeyOf(settings, name)] = added;
        return added;
    }

    /// <summary>Sets <paramref name="name"/> to <paramref name="value"/>, or removes it when the value is null.</summary>
    public static void Set(JsonObject group, string name, JsonNode? value)
    {
        var key = KeyOf(group, name);
        if (value is null)
        {
            group.Remove(key);
        }
        else
        {
            group[key] = value;
        }
    }

    public static string? Text(JsonObject group, string name) => SettingsReader.FindIgnoringCase(group, name) switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToString(),
        _ => null,
    };

    public static bool Flag(JsonObject group, string name) =>
        SettingsReader.FindIgnoringCase(group, name) is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    private static string KeyOf(JsonObject group, string name) =>
        group.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) ?? name;
}
