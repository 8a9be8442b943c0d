using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace CrmSite.Content.Items;

/// <summary>The JSON settings shared by content items, definitions and recipes.</summary>
public static class ContentJson
{
    /// <summary>Reading is lenient, as Orchard's recipes are: comments, trailing commas, any property-name case.</summary>
    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Node options whose objects look properties up without regard to case.</summary>
    public static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Serializer options for typed parts and definitions: Orchard's Pascal-case names, lenient reads.</summary>
    public static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writing a typed part keeps its null properties, so that setting one to null clears it.</summary>
    public static readonly JsonSerializerOptions PartWriteOptions = new(SerializerOptions)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    /// <summary>Compact output that keeps non-Latin text (Urdu) readable in the store.</summary>
    public static readonly JsonSerializerOptions CompactOutput = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Parses lenient JSON text into an object whose lookups ignore case.</summary>
    /// <exception cref="JsonException">The text is not JSON or not an object.</exception>
    public static JsonObject ParseObject(string json) =>
        JsonNode.Parse(json, NodeOptions, DocumentOptions) as JsonObject
            ?? throw new JsonException("Expected a JSON object.");

    /// <summary>A deep copy whose lookups ignore case, whatever the source's options were.</summary>
    public static JsonObject CloneObject(JsonObject source) => ParseObject(source.ToJsonString(CompactOutput));
}
