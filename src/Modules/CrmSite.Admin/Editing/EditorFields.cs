using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.Content.Localization;
using Microsoft.Extensions.Localization;

namespace CrmSite.Admin.Editing;

/// <summary>
/// Derives a type's editor from its definition, as Orchard's editors do: the built-in parts' properties (title,
/// path, body, culture, list membership, schedule, terms), then each field by kind and settings, parts and fields in
/// their definition positions.
/// </summary>
public sealed class EditorFields(EditorChoices choices, IStringLocalizer<AdminText> text)
{
    /// <summary>The cultures content can be written in (their labels are looked up in the admin's language).</summary>
    public static readonly IReadOnlyList<EditorChoice> Cultures = [new("en", "English"), new("ur", "Urdu")];

    public async Task<IReadOnlyList<EditorField>> ForAsync(ContentTypeDefinition type, ContentDefinitionDocument all, ContentItem item,
        CancellationToken cancellationToken)
    {
        var fields = new List<EditorField>();
        foreach (var typePart in BuiltInParts.PartsOf(item, type).OrderBy(p => p.Position))
        {
            if (BuiltInParts.Names.Contains(typePart.PartName))
            {
                fields.AddRange(await BuiltInAsync(typePart, type, all, item, cancellationToken));
                continue;
            }
            var part = all.FindPart(typePart.PartName);
            foreach (var field in part?.Fields.OrderBy(FieldPosition) ?? Enumerable.Empty<ContentPartFieldDefinition>())
            {
                fields.Add(await FieldAsync(typePart.Name, field, all, item, cancellationToken));
            }
        }
        return fields;
    }

    private async Task<IEnumerable<EditorField>> BuiltInAsync(ContentTypePartDefinition typePart, ContentTypeDefinition type,
        ContentDefinitionDocument all, ContentItem item, CancellationToken cancellationToken)
    {
        var part = typePart.Name;
        EditorField Of(string property, string label, EditorKind kind) => new($"{part}.{property}", label, kind, new ValueLocation(part, null, property));
        switch (typePart.PartName)
        {
            case BuiltInParts.TitlePart:
                var option = Setting(typePart.Settings, "TitlePartSettings", "Options")?.ToString();
                return option is "GeneratedDisabled" or "GeneratedHidden" or "1" or "2"
                    ? []
                    : [Of("Title", text["Title"], EditorKind.Text) with { Required = option is "EditableRequired" or "3" }];
            case BuiltInParts.AutoroutePart:
                var custom = Setting(typePart.Settings, "AutoroutePartSettings", "AllowCustomPath") is JsonValue allow && allow.TryGetValue<bool>(out var yes) && yes;
                return [Of("Path", text["Path"], custom ? EditorKind.Text : EditorKind.ReadOnly) with
                {
                    Hint = text["The address of the item on the site, without a leading '/': for example fact-sheets/child-labour."],
                }];
            case BuiltInParts.MarkdownBodyPart:
                return [Of("Markdown", text["Body"], EditorKind.Markdown) with { Hint = text["Markdown: a blank line between paragraphs, ## for a heading, - for a list item."] }];
            case BuiltInParts.HtmlBodyPart:
                return [Of("Html", text["Body"], EditorKind.Html) with { Sanitize = Flag(typePart.Settings, "HtmlBodyPartSettings", "SanitizeHtml") ?? true }];
            case BuiltInParts.LocalizationPart:
                return [Of("Culture", text["Language"], EditorKind.Choice) with { Choices = [.. Cultures.Select(c => c with { Label = text[c.Label] })], Required = true }];
            case BuiltInParts.PublishLaterPart:
                return [Of("ScheduledPublishUtc", text["Publish at (UTC)"], EditorKind.DateTime) with
                {
                    Hint = text["Leave empty to publish only when you choose to. A date in the future publishes the latest version then."],
                }];
            case BuiltInParts.ContainedPart:
                var containers = all.ContentTypes.Where(t => t.Parts.Any(p => p.PartName == BuiltInParts.ListPart &&
                    Setting(p.Settings, "ListPartSettings", "ContainedContentTypes") is JsonArray contained &&
                    contained.Any(c => string.Equals(c?.ToString(), type.Name, StringComparison.OrdinalIgnoreCase)))).Select(t => t.Name).ToList();
                var listChoices = await WithPickedAsync(await choices.ItemsAsync(containers, cancellationToken), item.Part(part)?["ListContentItemId"], cancellationToken);
                return
                [
                    Of("ListContentItemId", text["In list"], EditorKind.Picker) with { Choices = listChoices, Required = true },
                    Of("Order", text["Position in the list"], EditorKind.Number) with { Scale = 0 },
                ];
            case BuiltInParts.TaxonomyPart:
                return [Of("Terms", text["Terms"], EditorKind.Terms) with
                {
                    Hint = text["One term a line, in the order they are listed. A renamed line keeps its term; an added line adds one."],
                    TermContentType = item.Part(part)?["TermContentType"]?.ToString() ?? "Term",
                }];
            default:
                return []; // ListPart and TermPart hold nothing an editor sets.
        }
    }

    private async Task<EditorField> FieldAsync(string part, ContentPartFieldDefinition field, ContentDefinitionDocument all, ContentItem item,
        CancellationToken cancellationToken)
    {
        var kind = FieldKinds.Find(field.FieldName);
        var settings = SettingsReader.FindIgnoringCase(field.Settings, (kind?.Name ?? field.FieldName) + "Settings") as JsonObject ?? [];
        var common = SettingsReader.FindIgnoringCase(field.Settings, "ContentPartFieldSettings") as JsonObject ?? [];
        var label = Text(common, "DisplayName") is { Length: > 0 } name ? name : field.Name;
        var location = new ValueLocation(part, field.Name, kind?.ValueProperty ?? "");
        var editor = new EditorField($"{part}.{field.Name}", label, EditorKind.ReadOnly, location)
        {
            Hint = Text(settings, "Hint") is { Length: > 0 } hint ? hint : Text(common, "Description"),
            Required = Bool(settings, "Required") ?? false,
        };
        var stored = item.Part(part)?[field.Name]?[location.Property];
        switch (kind?.Name)
        {
            case "TextField":
                var predefined = SettingsReader.FindIgnoringCase(field.Settings, "TextFieldPredefinedListEditorSettings") as JsonObject;
                var options = SettingsReader.FindIgnoringCase(predefined ?? [], "Options") as JsonArray;
                return Text(common, "Editor") switch
                {
                    "PredefinedList" when options is not null => editor with { Kind = EditorKind.Choice, Choices = OptionsOf(options) },
                    "TextArea" or "Multiline" => editor with { Kind = EditorKind.TextArea },
                    _ => editor with { Kind = EditorKind.Text },
                };
            case "HtmlField":
                return editor with { Kind = EditorKind.Html, Sanitize = Bool(settings, "SanitizeHtml") ?? true };
            case "MarkdownField":
                return editor with { Kind = EditorKind.Markdown };
            case "NumericField":
                return editor with
                {
                    Kind = EditorKind.Number,
                    Minimum = Number(settings, "Minimum"),
                    Maximum = Number(settings, "Maximum"),
                    Scale = Number(settings, "Scale") is { } scale ? (int)scale : null,
                };
            case "BooleanField":
                return editor with { Kind = EditorKind.Boolean, Required = false };
            case "DateField":
                return editor with { Kind = EditorKind.Date };
            case "DateTimeField":
                return editor with { Kind = EditorKind.DateTime };
            case "TimeField":
                return editor with { Kind = EditorKind.Time };
            case "LinkField":
                return editor with { Kind = EditorKind.Link };
            case "MultiTextField":
                return SettingsReader.FindIgnoringCase(settings, "Options") is JsonArray { Count: > 0 } multi
                    ? editor with { Kind = EditorKind.Checkboxes, Choices = OptionsOf(multi), Multiple = true }
                    : editor with { Kind = EditorKind.Lines, Multiple = true };
            case "ContentPickerField":
                // As in Orchard, a picker that names no types (or says DisplayAllContentTypes) offers items of every type.
                var named = SettingsReader.FindIgnoringCase(settings, "DisplayedContentTypes") is JsonArray shown
                    ? shown.Select(t => t?.ToString() ?? "").Where(t => t.Length > 0).ToList() : [];
                var types = Bool(settings, "DisplayAllContentTypes") == true || named.Count == 0 ? all.ContentTypes.ConvertAll(t => t.Name) : named;
                return editor with
                {
                    Kind = EditorKind.Picker,
                    Multiple = Bool(settings, "Multiple") ?? false,
                    Choices = await WithPickedAsync(await choices.ItemsAsync(types, cancellationToken), stored, cancellationToken),
                };
            case "TaxonomyField":
                var taxonomy = Text(settings, "TaxonomyContentItemId") ?? "";
                return editor with
                {
                    Kind = EditorKind.Checkboxes,
                    Multiple = Bool(settings, "Unique") != true,
                    TaxonomyContentItemId = taxonomy,
                    Choices = await WithPickedAsync(await choices.TermsAsync(taxonomy, cancellationToken), stored, cancellationToken),
                };
            case "YoutubeField":
                return editor with { Kind = EditorKind.Text, Hint = editor.Hint ?? text["The video's address."] };
            case "MediaField":
                return editor with
                {
                    Kind = EditorKind.Media,
                    Multiple = Bool(settings, "Multiple") ?? true,
                    AllowMediaText = Bool(settings, "AllowMediaText") ?? false,
                    AllowedExtensions = SettingsReader.FindIgnoringCase(settings, "AllowedExtensions") is JsonArray extensions
                        ? [.. extensions.Select(e => e?.ToString().Trim() ?? "").Where(e => e.Length > 0).Select(e => e.StartsWith('.') ? e : "." + e)] : [],
                };
            case "UserPickerField" or "LocalizationSetContentPickerField":
                return editor with { Kind = EditorKind.Lines, Multiple = true, Hint = editor.Hint ?? text["One value a line."] };
            default:
                return editor; // a kind CrmSite does not know: shown, kept as stored
        }
    }

    /// <summary>Adds the values already picked that <paramref name="offered"/> lacks, so saving never drops them.</summary>
    private async Task<IReadOnlyList<EditorChoice>> WithPickedAsync(IReadOnlyList<EditorChoice> offered, JsonNode? stored, CancellationToken cancellationToken)
    {
        var missing = FieldValue.Texts(stored).Where(id => offered.All(c => c.Value != id)).Distinct().ToList();
        return missing.Count == 0 ? offered : [.. offered, .. await choices.TitlesAsync(missing, cancellationToken)];
    }

    private static List<EditorChoice> OptionsOf(JsonArray options) =>
        options.OfType<JsonObject>().Select(o => (Value: Text(o, "value"), Name: Text(o, "name")))
            .Where(o => o.Value is not null).Select(o => new EditorChoice(o.Value!, o.Name ?? o.Value!)).ToList();

    private static int FieldPosition(ContentPartFieldDefinition field) =>
        int.TryParse(Text(SettingsReader.FindIgnoringCase(field.Settings, "ContentPartFieldSettings") as JsonObject ?? [], "Position"),
            NumberStyles.Integer, CultureInfo.InvariantCulture, out var position) ? position : 0;

    private static JsonNode? Setting(JsonObject settings, string group, string name) =>
        SettingsReader.FindIgnoringCase(settings, group) is JsonObject values ? SettingsReader.FindIgnoringCase(values, name) : null;

    private static bool? Flag(JsonObject settings, string group, string name) =>
        Setting(settings, group, name) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    private static string? Text(JsonObject settings, string name) =>
        SettingsReader.FindIgnoringCase(settings, name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool? Bool(JsonObject settings, string name) =>
        SettingsReader.FindIgnoringCase(settings, name) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    private static decimal? Number(JsonObject settings, string name) =>
        FieldValue.TryNumber(SettingsReader.FindIgnoringCase(settings, name), out var number) ? number : null;
}
