using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmSite.Content.Items;

/// <summary>
/// One version of a content item in Orchard Core's JSON shape: well-known properties plus one object per part.
/// The JSON object is the item; the properties below read and write it, so unknown parts and fields survive a
/// round trip unchanged.
/// </summary>
public sealed class ContentItem
{
    /// <summary>Wraps <paramref name="data"/> without copying it.</summary>
    public ContentItem(JsonObject data) => Data = data;

    /// <summary>A new item of <paramref name="contentType"/> with a fresh id.</summary>
    public ContentItem(string contentType)
        : this(new JsonObject(ContentJson.NodeOptions))
    {
        ContentItemId = IdGenerator.NewId();
        ContentType = contentType;
    }

    /// <summary>The item as Orchard JSON.</summary>
    public JsonObject Data { get; }

    /// <summary>The id shared by every version of the item.</summary>
    public string ContentItemId { get => GetString() ?? ""; set => Data[nameof(ContentItemId)] = value; }

    /// <summary>The id of this version.</summary>
    public string ContentItemVersionId { get => GetString() ?? ""; set => Data[nameof(ContentItemVersionId)] = value; }

    public string ContentType { get => GetString() ?? ""; set => Data[nameof(ContentType)] = value; }

    public string? DisplayText { get => GetString(); set => Data[nameof(DisplayText)] = value; }

    public bool Latest { get => GetBool(); set => Data[nameof(Latest)] = value; }

    public bool Published { get => GetBool(); set => Data[nameof(Published)] = value; }

    public DateTime? ModifiedUtc { get => GetDate(); set => SetDate(value); }

    public DateTime? PublishedUtc { get => GetDate(); set => SetDate(value); }

    public DateTime? CreatedUtc { get => GetDate(); set => SetDate(value); }

    /// <summary>The user id of the item's owner.</summary>
    public string? Owner { get => GetString(); set => Data[nameof(Owner)] = value; }

    /// <summary>The user name of the last author.</summary>
    public string? Author { get => GetString(); set => Data[nameof(Author)] = value; }

    /// <summary>The JSON object of part <paramref name="partName"/>, or null when the item has none.</summary>
    public JsonObject? Part(string partName) => Data[partName] as JsonObject;

    /// <summary>The JSON object of part <paramref name="partName"/>, created empty when missing.</summary>
    public JsonObject GetOrCreatePart(string partName)
    {
        if (Data[partName] is JsonObject part)
        {
            return part;
        }
        part = new JsonObject(ContentJson.NodeOptions);
        Data[partName] = part;
        return part;
    }

    /// <summary>Reads part <typeparamref name="TPart"/> (named after its type) as a typed record.</summary>
    public TPart? As<TPart>() where TPart : class => As<TPart>(typeof(TPart).Name);

    /// <summary>Reads part <paramref name="partName"/> as <typeparamref name="TPart"/>.</summary>
    public TPart? As<TPart>(string partName) where TPart : class =>
        Part(partName)?.Deserialize<TPart>(ContentJson.SerializerOptions);

    /// <summary>Writes a typed part back under its type name, keeping the properties the record does not know.</summary>
    public ContentItem Apply<TPart>(TPart part) where TPart : class => Apply(typeof(TPart).Name, part);

    /// <summary>Writes a typed part under <paramref name="partName"/>, keeping the properties the record does not know.</summary>
    public ContentItem Apply<TPart>(string partName, TPart part) where TPart : class
    {
        var target = GetOrCreatePart(partName);
        var written = JsonSerializer.SerializeToNode(part, ContentJson.PartWriteOptions)!.AsObject();
        foreach (var (name, value) in written.ToList())
        {
            written.Remove(name);
            target[name] = value;
        }
        return this;
    }

    /// <summary>A deep copy of this version.</summary>
    public ContentItem Clone() => new(ContentJson.CloneObject(Data));

    /// <summary>The item as compact JSON.</summary>
    public string ToJson() => Data.ToJsonString(ContentJson.CompactOutput);

    /// <summary>Parses an item from JSON, lenient as recipes are.</summary>
    public static ContentItem FromJson(string json) => new(ContentJson.ParseObject(json));

    private string? GetString([System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        Data[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private bool GetBool([System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        Data[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    private DateTime? GetDate([System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        if (Data[name] is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            return null;
        }
        return DateTime.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }

    private void SetDate(DateTime? value, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        Data[name] = value is { } date
            ? (date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc)).ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture)
            : null;
}
