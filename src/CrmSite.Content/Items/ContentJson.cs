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

    /// <summary>Reading input from outside: duplicate names (in any case) and unpaired surrogates are refused up front.</summary>
    private static readonly JsonDocumentOptions StrictDocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>
    /// Parses JSON that came from outside (an API body, a recipe) into a case-insensitive object, checking every
    /// level now so that a bad name or string fails here with a <see cref="JsonException"/>, not later.
    /// </summary>
    /// <exception cref="JsonException">Not JSON, not an object, duplicate property names or invalid text.</exception>
    /// <param name="json">The JSON text.</param>
    /// <param name="checkText">
    /// Whether to write the whole document once to find text that cannot be encoded (unpaired surrogates), as the
    /// stream overload does for API bodies. Recipes leave it off: they can be large, and such text fails the step
    /// that writes it, naming the step.
    /// </param>
    public static JsonObject ParseUntrusted(string json, bool checkText = false)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, NodeOptions, StrictDocumentOptions);
        }
        catch (ArgumentException e)
        {
            // The text is read as UTF-8 first: a string holding an unpaired surrogate cannot be.
            throw new JsonException($"The JSON text is not valid Unicode: {e.Message}", e);
        }
        return Materialize(node, checkText);
    }

    /// <inheritdoc cref="ParseUntrusted(string, bool)"/>
    public static async Task<JsonObject> ParseUntrustedAsync(Stream json, CancellationToken cancellationToken) =>
        Materialize(await JsonNode.ParseAsync(json, NodeOptions, StrictDocumentOptions, cancellationToken), checkText: true);

    private static JsonObject Materialize(JsonNode? node, bool checkText)
    {
        if (node is not JsonObject obj)
        {
            throw new JsonException("Expected a JSON object.");
        }
        try
        {
            Visit(obj);
            if (checkText)
            {
                // Writing once finds strings .NET cannot encode (unpaired surrogates).
                _ = obj.ToJsonString(CompactOutput);
            }
            return obj;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new JsonException($"The JSON cannot be stored: {e.Message}", e);
        }
    }

    private static void Visit(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Visit(value);
                }
                break;
            case JsonArray array:
                foreach (var value in array)
                {
                    Visit(value);
                }
                break;
        }
    }

    /// <summary>A deep copy whose lookups ignore case, whatever the source's options were.</summary>
    public static JsonObject CloneObject(JsonObject source) => ParseObject(source.ToJsonString(CompactOutput));
}
