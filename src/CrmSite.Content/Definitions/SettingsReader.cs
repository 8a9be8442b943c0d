using System.Text.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;

namespace CrmSite.Content.Definitions;

/// <summary>Reads one settings object out of Orchard's settings bag, where each is keyed by its class name.</summary>
public static class SettingsReader
{
    /// <summary>The settings named after <typeparamref name="TSettings"/>, or its defaults.</summary>
    public static TSettings Read<TSettings>(JsonObject settings) where TSettings : new()
    {
        var node = FindIgnoringCase(settings, typeof(TSettings).Name);
        if (node is not JsonObject value)
        {
            return new TSettings();
        }
        try
        {
            return value.Deserialize<TSettings>(ContentJson.SerializerOptions) ?? new TSettings();
        }
        catch (JsonException)
        {
            return new TSettings();
        }
    }

    public static JsonNode? FindIgnoringCase(JsonObject settings, string name)
    {
        foreach (var (key, value) in settings)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        return null;
    }
}
