using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Rendering;

namespace CrmSite.Admin.Editing;

/// <summary>
/// The values of an editor's inputs, keyed by input name: read from an item, or as posted. Applying posted values
/// writes only the inputs that differ from the item's own, so a field nobody touched keeps its stored JSON exactly
/// (an imported "1990-09-20" stays that, not a re-formatted date), and parts and properties the editor does not
/// know survive.
/// </summary>
public sealed class EditorValues
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string DateTimeFormat = "yyyy-MM-ddTHH:mm";
    private static readonly string[] DateTimeFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
    private static readonly string[] TimeFormats = [@"hh\:mm", @"hh\:mm\:ss"];

    private readonly Dictionary<string, string[]> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The one value of input <paramref name="name"/> ("" when none).</summary>
    public string this[string name] => _values.TryGetValue(name, out var values) && values.Length > 0 ? values[0] : "";

    /// <summary>All values of input <paramref name="name"/> (checkboxes, multiple selects).</summary>
    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var values) ? values : [];

    /// <summary>The Markdown and HTML inputs of <paramref name="fields"/> as readers would see them: rendered and sanitised.</summary>
    public IEnumerable<(string Key, string Html)> Rendered(IReadOnlyList<EditorField> fields) => fields
        .Where(f => f.Kind is EditorKind.Markdown or EditorKind.Html)
        .Select(f => (f.Key, (f.Kind == EditorKind.Markdown ? ContentHtml.FromMarkdown(this[f.Key]) : ContentHtml.Sanitize(this[f.Key])) ?? ""));

    public void Set(string name, params string[] values) => _values[name] = values;

    /// <summary>The values of <paramref name="fields"/> as <paramref name="item"/> holds them.</summary>
    public static EditorValues Read(ContentItem item, IEnumerable<EditorField> fields)
    {
        var values = new EditorValues();
        foreach (var field in fields)
        {
            var node = Find(item, field.Location);
            switch (field.Kind)
            {
                case EditorKind.Number:
                    values.Set(field.Key, FieldValue.TryNumber(node, out var number) ? number.ToString(CultureInfo.InvariantCulture) : "");
                    break;
                case EditorKind.Boolean:
                    values.Set(field.Key, node is JsonValue flag && flag.TryGetValue<bool>(out var on) && on ? "true" : "");
                    break;
                case EditorKind.Date:
                    values.Set(field.Key, FieldValue.TryDate(node, out var date) ? date.ToString(DateFormat, CultureInfo.InvariantCulture) : Plain(node));
                    break;
                case EditorKind.DateTime:
                    values.Set(field.Key, FieldValue.TryDate(node, out var moment) ? moment.ToString(DateTimeFormat, CultureInfo.InvariantCulture) : Plain(node));
                    break;
                case EditorKind.Link:
                    var link = FieldObject(item, field.Location);
                    values.Set(field.Key, Plain(link?["Url"]));
                    values.Set(field.LinkTextKey, Plain(link?["Text"]));
                    break;
                case EditorKind.Lines:
                    values.Set(field.Key, string.Join('\n', FieldValue.Texts(node)));
                    break;
                case EditorKind.Checkboxes or EditorKind.Picker:
                    values.Set(field.Key, [.. FieldValue.Texts(node)]);
                    break;
                case EditorKind.Media:
                    var paths = FieldValue.Texts(node).ToList();
                    var texts = FieldValue.Texts(FieldObject(item, field.Location)?["MediaTexts"]).ToList();
                    values.Set(field.Key, [.. paths]);
                    values.Set(field.LinkTextKey, [.. paths.Select((_, i) => i < texts.Count ? texts[i] : "")]);
                    break;
                case EditorKind.Terms:
                    values.Set(field.Key, string.Join('\n', (node as JsonArray ?? []).OfType<JsonObject>().Select(t => new ContentItem(t).DisplayText ?? "")));
                    break;
                case EditorKind.ReadOnly:
                    values.Set(field.Key, field.Location.Field is null ? Plain(node) : FieldObject(item, field.Location)?.ToJsonString() ?? "");
                    break;
                default:
                    values.Set(field.Key, Plain(node));
                    break;
            }
        }
        return values;
    }

    /// <summary>The posted values, line breaks as "\n" (browsers send "\r\n" from text areas).</summary>
    public static EditorValues FromForm(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> form)
    {
        var values = new EditorValues();
        foreach (var (name, posted) in form)
        {
            values.Set(name, [.. posted.Select(v => (v ?? "").ReplaceLineEndings("\n"))]);
        }
        return values;
    }

    /// <summary>
    /// Writes into <paramref name="item"/> the inputs whose posted value differs from the item's; returns what
    /// could not be read (a number that is not one, a date that is not one), keyed by field.
    /// </summary>
    public Dictionary<string, ContentError> ApplyTo(ContentItem item, IReadOnlyList<EditorField> fields)
    {
        var errors = new Dictionary<string, ContentError>(StringComparer.OrdinalIgnoreCase);
        var stored = Read(item, fields);
        foreach (var field in fields.Where(f => f.Kind != EditorKind.ReadOnly))
        {
            if (Same(stored, field))
            {
                continue;
            }
            var text = this[field.Key].Trim();
            switch (field.Kind)
            {
                case EditorKind.Number when text.Length == 0:
                    Write(item, field.Location, null);
                    break;
                case EditorKind.Number when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                    Write(item, field.Location, number == decimal.Truncate(number) && Math.Abs(number) < long.MaxValue
                        ? JsonValue.Create((long)number) : JsonValue.Create(number));
                    break;
                case EditorKind.Number:
                    errors[field.Key] = new ContentError(field.Key, $"{field.Label} must be a number, such as 2024 or 12.5.");
                    break;
                case EditorKind.Boolean:
                    Write(item, field.Location, JsonValue.Create(text == "true"));
                    break;
                case EditorKind.Date or EditorKind.DateTime or EditorKind.Time when text.Length == 0:
                    Write(item, field.Location, null);
                    break;
                case EditorKind.Date when DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                    Write(item, field.Location, JsonValue.Create(date.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture)));
                    break;
                case EditorKind.Date:
                    errors[field.Key] = new ContentError(field.Key, $"{field.Label} must be a date written year-month-day, such as 2024-06-30.");
                    break;
                case EditorKind.DateTime when DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment):
                    Write(item, field.Location, JsonValue.Create(moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
                    break;
                case EditorKind.DateTime:
                    errors[field.Key] = new ContentError(field.Key, $"{field.Label} must be a date and time, such as 2024-06-30T14:00.");
                    break;
                case EditorKind.Time when TimeSpan.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, out var time) && time < TimeSpan.FromDays(1):
                    Write(item, field.Location, JsonValue.Create(time.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture)));
                    break;
                case EditorKind.Time:
                    errors[field.Key] = new ContentError(field.Key, $"{field.Label} must be a time of day, such as 14:30.");
                    break;
                case EditorKind.Link:
                    var link = GetOrCreateField(item, field.Location);
                    link["Url"] = NullIfEmpty(text);
                    link["Text"] = NullIfEmpty(this[field.LinkTextKey].Trim());
                    break;
                case EditorKind.Lines:
                    Write(item, field.Location, new JsonArray([.. Lines(this[field.Key]).Select(l => JsonValue.Create(l))]));
                    break;
                case EditorKind.Checkboxes or EditorKind.Picker:
                    var picked = All(field.Key).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
                    Write(item, field.Location, field.Location.Field is null
                        ? JsonValue.Create(picked.FirstOrDefault()) // a built-in part's single id, such as ContainedPart.ListContentItemId
                        : new JsonArray([.. picked.Select(v => JsonValue.Create(v))]));
                    if (field.TaxonomyContentItemId is { Length: > 0 } taxonomy)
                    {
                        GetOrCreateField(item, field.Location)["TaxonomyContentItemId"] = taxonomy;
                    }
                    break;
                case EditorKind.Media:
                    var media = MediaPairs(this, field);
                    Write(item, field.Location, new JsonArray([.. media.Select(m => JsonValue.Create(m.Path))]));
                    GetOrCreateField(item, field.Location)["MediaTexts"] = new JsonArray([.. media.Select(m => JsonValue.Create(m.Text))]);
                    break;
                case EditorKind.Terms:
                    Write(item, field.Location, Terms(Find(item, field.Location) as JsonArray ?? [], Lines(this[field.Key]), field.TermContentType ?? "Term"));
                    break;
                case EditorKind.Html when field.Sanitize:
                    Write(item, field.Location, JsonValue.Create(NullIfEmpty(ContentHtml.Sanitize(this[field.Key]) ?? "")));
                    break;
                case EditorKind.TextArea or EditorKind.Markdown or EditorKind.Html:
                    Write(item, field.Location, JsonValue.Create(NullIfEmpty(this[field.Key])));
                    break;
                default:
                    Write(item, field.Location, JsonValue.Create(NullIfEmpty(text)));
                    break;
            }
        }
        return errors;
    }

    /// <summary>True when <paramref name="other"/> holds the same values as this for <paramref name="field"/>.</summary>
    public bool Same(EditorValues other, EditorField field) => Normalized(this, field) == Normalized(other, field);

    private static string Normalized(EditorValues values, EditorField field) => field.Kind switch
    {
        EditorKind.Checkboxes or EditorKind.Picker => string.Join('\n', values.All(field.Key).Where(v => v.Length > 0)),
        EditorKind.Link => values[field.Key].Trim() + "\n" + values[field.LinkTextKey].Trim(),
        EditorKind.Media => string.Join('\n', MediaPairs(values, field).Select(m => m.Path + "\t" + m.Text)),
        EditorKind.Lines or EditorKind.Terms => string.Join('\n', Lines(values[field.Key])),
        EditorKind.TextArea or EditorKind.Markdown or EditorKind.Html => values[field.Key],
        _ => values[field.Key].Trim(),
    };

    /// <summary>
    /// The terms for <paramref name="lines"/>: a line naming an existing term keeps it (id, children and all); the
    /// lines naming no term rename, in order, the terms no line names; lines left over are new terms.
    /// </summary>
    private static JsonArray Terms(JsonArray existing, List<string> lines, string termType)
    {
        var terms = existing.OfType<JsonObject>().ToList();
        var kept = new JsonObject?[lines.Count];
        var used = new HashSet<JsonObject>();
        for (var i = 0; i < lines.Count; i++)
        {
            kept[i] = terms.Find(t => !used.Contains(t) && new ContentItem(t).DisplayText == lines[i]);
            if (kept[i] is { } match)
            {
                used.Add(match);
            }
        }
        // Lines naming no term take, in order, the terms no line names: a renamed term keeps its id and children.
        var unnamed = new Queue<JsonObject>(terms.Where(t => !used.Contains(t)));
        for (var i = 0; i < lines.Count && unnamed.Count > 0; i++)
        {
            kept[i] ??= unnamed.Dequeue();
        }
        var result = new JsonArray();
        for (var i = 0; i < lines.Count; i++)
        {
            var term = kept[i] is { } old ? (JsonObject)old.DeepClone() : new JsonObject { ["ContentItemId"] = IdGenerator.NewId(), ["ContentType"] = termType };
            term["DisplayText"] = lines[i];
            term["TitlePart"] = new JsonObject { ["Title"] = lines[i] };
            result.Add(term);
        }
        return result;
    }

    /// <summary>A media editor's paths, each with its text (texts are posted in the paths' order).</summary>
    private static List<(string Path, string Text)> MediaPairs(EditorValues values, EditorField field)
    {
        var texts = values.All(field.LinkTextKey);
        return [.. values.All(field.Key).Select((p, i) => (Path: p.Trim(), Text: i < texts.Count ? texts[i].Trim() : "")).Where(m => m.Path.Length > 0)];
    }

    private static List<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static JsonNode? Find(ContentItem item, ValueLocation location) =>
        location.Field is null ? item.Part(location.Part)?[location.Property] : FieldObject(item, location)?[location.Property];

    private static JsonObject? FieldObject(ContentItem item, ValueLocation location) =>
        location.Field is null ? item.Part(location.Part) : item.Part(location.Part)?[location.Field] as JsonObject;

    private static JsonObject GetOrCreateField(ContentItem item, ValueLocation location)
    {
        var part = item.GetOrCreatePart(location.Part);
        if (location.Field is null)
        {
            return part;
        }
        if (part[location.Field] is not JsonObject field)
        {
            field = [];
            part[location.Field] = field;
        }
        return field;
    }

    private static void Write(ContentItem item, ValueLocation location, JsonNode? value) =>
        GetOrCreateField(item, location)[location.Property] = value;

    private static string Plain(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        null => "",
        JsonValue value when value.GetValueKind() == JsonValueKind.Null => "",
        _ => node.ToJsonString(),
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
