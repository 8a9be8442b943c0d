using System.Text.Json;

namespace CrmSite.Search.Indexes;

/// <summary>Compares what two profiles index (everything but the rebuild generation).</summary>
public static class IndexProfileSettings
{
    public static bool Same(IndexProfile a, IndexProfile b) =>
        JsonSerializer.Serialize(a with { Generation = 0 }) == JsonSerializer.Serialize(b with { Generation = 0 });
}
