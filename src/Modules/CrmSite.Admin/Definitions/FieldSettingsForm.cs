using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Management;

namespace CrmSite.Admin.Definitions;

/// <summary>
/// What the field page edits, in the settings the generic editor reads (<c>Editing/EditorFields</c>): the common
/// <c>ContentPartFieldSettings</c>, the kind's own settings (<c>NumericFieldSettings</c>, ...) and, for text
/// fields, the predefined list. Only these keys are written; every other key of the bag is kept as it is.
/// </summary>
public sealed record FieldSettingsForm
{
    public const string CommonGroup = "ContentPartFieldSettings";
    public const string PredefinedListGroup = "TextFieldPredefinedListEditorSettings";

    /// <summary>The text editors Orchard offers that the generic editor renders.</summary>
    public static readonly IReadOnlyList<string> TextEditors = ["Standard", "TextArea", "PredefinedList"];

    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? Hint { get; init; }
    public string? Position { get; init; }
    public bool Required { get; init; }
    public string? Editor { get; init; }
    public string? Minimum { get; init; }
    public string? Maximum { get; init; }
    public string? Scale { get; init; }
    public bool Multiple { get; init; }
    public List<string> DisplayedContentTypes { get; init; } = [];
    public string? Options { get; init; }
    public string? TaxonomyContentItemId { get; init; }

    public static FieldSettingsForm Read(ContentPartFieldDefinition field)
    {
        var common = SettingsBag.Group(Copy(field.Settings), CommonGroup);
        var own = SettingsBag.Group(Copy(field.Settings), field.FieldName + "Settings");
        var options = SettingsBag.Group(Copy(field.Settings), PredefinedListGroup);
        return new FieldSettingsForm
        {
            DisplayName = SettingsBag.Text(common, "DisplayName"),
            Description = SettingsBag.Text(common, "Description"),
            Hint = SettingsBag.Text(own, "Hint"),
            Position = SettingsBag.Text(common, "Position"),
            Required = SettingsBag.Flag(own, "Required"),
            Editor = SettingsBag.Text(common, "Editor") is { Length: > 0 } editor ? editor : "Standard",
            Minimum = SettingsBag.Text(own, "Minimum"),
            Maximum = SettingsBag.Text(own, "Maximum"),
            Scale = SettingsBag.Text(own, "Scale"),
            Multiple = SettingsBag.Flag(own, "Multiple"),
            DisplayedContentTypes = SettingsReader.FindIgnoringCase(own, "DisplayedContentTypes") is JsonArray types
                ? [.. types.Select(t => t?.ToString() ?? "").Where(t => t.Length > 0)] : [],
            Options = SettingsReader.FindIgnoringCase(options, "Options") is JsonArray list
                ? string.Join('\n', list.OfType<JsonObject>().Select(o => $"{SettingsBag.Text(o, "name")}|{SettingsBag.Text(o, "value")}")) : null,
            TaxonomyContentItemId = SettingsBag.Text(own, "TaxonomyContentItemId"),
        };
    }

    /// <summary>The form's errors for a field of <paramref name="kind"/>, each named after its input.</summary>
    public IReadOnlyList<ContentError> Validate(string kind)
    {
        var errors = new List<ContentError>();
        if (!string.IsNullOrWhiteSpace(Position) && !int.TryParse(Position, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            errors.Add(new(nameof(Position), $"The position is a whole number."));
        }
        if (kind == "NumericField")
        {
            var minimum = Number(Minimum, nameof(Minimum), "The minimum", errors);
            var maximum = Number(Maximum, nameof(Maximum), "The maximum", errors);
            if (minimum > maximum)
            {
                errors.Add(new(nameof(Maximum), $"The maximum is at least the minimum."));
            }
            if (Number(Scale, nameof(Scale), "The scale", errors) is { } scale && (scale < 0 || scale > 10 || scale != decimal.Truncate(scale)))
            {
                errors.Add(new(nameof(Scale), $"The scale is a whole number of decimals from 0 to 10."));
            }
        }
        if (kind == "TextField")
        {
            if (!TextEditors.Contains(Editor ?? "Standard"))
            {
                errors.Add(new(nameof(Editor), $"Choose one of the editors offered."));
            }
            if (Editor == "PredefinedList" && ParseOptions().Count == 0)
            {
                errors.Add(new(nameof(Options), $"A predefined list needs at least one option, one \"name|value\" a line."));
            }
        }
        return errors;
    }

    /// <summary>Writes the form into <paramref name="field"/>; returns the names of the settings that changed.</summary>
    internal IReadOnlyList<string> ApplyTo(ContentPartFieldDefinition field)
    {
        var before = Read(field);
        var kind = field.FieldName;
        var common = SettingsBag.Group(field.Settings, CommonGroup);
        var own = SettingsBag.Group(field.Settings, kind + "Settings");
        SettingsBag.Set(common, "DisplayName", TypeSettingsForm.Trimmed(DisplayName) ?? field.Name);
        SettingsBag.Set(common, "Description", TypeSettingsForm.Trimmed(Description));
        SettingsBag.Set(common, "Position", TypeSettingsForm.Trimmed(Position));
        SettingsBag.Set(own, "Hint", TypeSettingsForm.Trimmed(Hint));
        if (kind != "BooleanField")
        {
            SettingsBag.Set(own, "Required", Required);
        }
        switch (kind)
        {
            case "TextField":
                SettingsBag.Set(common, "Editor", Editor is null or "Standard" ? null : Editor);
                var options = ParseOptions();
                if (options.Count > 0 || SettingsReader.FindIgnoringCase(field.Settings, PredefinedListGroup) is not null)
                {
                    SettingsBag.Set(SettingsBag.Group(field.Settings, PredefinedListGroup), "Options",
                        new JsonArray([.. options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["value"] = o.Value })]));
                }
                break;
            case "NumericField":
                SettingsBag.Set(own, "Minimum", Value(Minimum));
                SettingsBag.Set(own, "Maximum", Value(Maximum));
                SettingsBag.Set(own, "Scale", Value(Scale));
                break;
            case "ContentPickerField":
                SettingsBag.Set(own, "Multiple", Multiple);
                SettingsBag.Set(own, "DisplayAllContentTypes", DisplayedContentTypes.Count == 0);
                SettingsBag.Set(own, "DisplayedContentTypes", new JsonArray([.. DisplayedContentTypes.Distinct(StringComparer.Ordinal).Select(t => (JsonNode)t)]));
                break;
            case "TaxonomyField":
                SettingsBag.Set(own, "TaxonomyContentItemId", TypeSettingsForm.Trimmed(TaxonomyContentItemId));
                break;
        }
        var after = Read(field);
        return [.. Changes(before, after)];
    }

    private static IEnumerable<string> Changes(FieldSettingsForm before, FieldSettingsForm after)
    {
        (string Name, object? Before, object? After)[] compared =
        [
            (nameof(DisplayName), before.DisplayName, after.DisplayName), (nameof(Description), before.Description, after.Description),
            (nameof(Hint), before.Hint, after.Hint), (nameof(Position), before.Position, after.Position),
            (nameof(Required), before.Required, after.Required), (nameof(Editor), before.Editor, after.Editor),
            (nameof(Minimum), before.Minimum, after.Minimum), (nameof(Maximum), before.Maximum, after.Maximum),
            (nameof(Scale), before.Scale, after.Scale), (nameof(Multiple), before.Multiple, after.Multiple),
            (nameof(DisplayedContentTypes), string.Join(',', before.DisplayedContentTypes), string.Join(',', after.DisplayedContentTypes)),
            (nameof(Options), before.Options, after.Options), (nameof(TaxonomyContentItemId), before.TaxonomyContentItemId, after.TaxonomyContentItemId),
        ];
        return compared.Where(c => !Equals(c.Before, c.After)).Select(c => $"{c.Name} '{c.After?.ToString()?.ReplaceLineEndings("; ")}'");
    }

    private List<(string Name, string Value)> ParseOptions() =>
        [.. (Options ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(l => l.Split('|', 2) is [var name, var value] ? (name.Trim(), value.Trim()) : (l, l))];

    private static decimal? Number(string? text, string member, string label, List<ContentError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        errors.Add(new(member, $"{label} is a number, such as 1 or 2.5."));
        return null;
    }

    private static JsonValue? Value(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : null;

    private static JsonObject Copy(JsonObject settings) => (JsonObject)settings.DeepClone();
}
