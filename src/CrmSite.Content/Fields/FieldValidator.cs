using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CrmSite.Content.Definitions;
using CrmSite.Content.Management;

namespace CrmSite.Content.Fields;

/// <summary>Checks every field of an item against its kind and settings: shape, required, ranges, patterns, cardinality.</summary>
public sealed class FieldValidator : IContentValidator
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    public Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        foreach (var typePart in context.Type.Parts)
        {
            var partData = context.Item.Part(typePart.Name);
            if (context.Item.Data[typePart.Name] is { } node && partData is null)
            {
                context.AddError(typePart.Name, $"{typePart.Name} must be a JSON object, not {node.GetValueKind()}.");
                continue;
            }
            var part = context.Definitions.FindPart(typePart.PartName);
            if (part is null)
            {
                continue;
            }
            foreach (var field in part.Fields)
            {
                if (FieldKinds.Find(field.FieldName) is { } kind)
                {
                    ValidateField(context, $"{typePart.Name}.{field.Name}", partData?[field.Name], field, kind);
                }
            }
        }
        return Task.CompletedTask;
    }

    private static void ValidateField(ContentValidationContext context, string member, JsonNode? fieldNode,
        ContentPartFieldDefinition field, FieldKind kind)
    {
        var label = DisplayName(field);
        if (fieldNode is not null and not JsonObject)
        {
            context.AddError(member, $"{label} must be a JSON object with a '{kind.ValueProperty}' property.");
            return;
        }
        var value = fieldNode?[kind.ValueProperty];
        if (!FieldValue.HasShape(value, kind.ValueKind))
        {
            context.AddError(member, $"{label}: '{kind.ValueProperty}' must be {FieldValue.Describe(kind.ValueKind)}.");
            return;
        }
        var settings = SettingsReader.FindIgnoringCase(field.Settings, kind.SettingsName) as JsonObject ?? [];
        if (Flag(settings, "Required") && FieldValue.IsEmpty(value))
        {
            context.AddError(member, $"{label} is required.");
            return;
        }
        if (kind.ValueKind == FieldValueKind.Number && FieldValue.TryNumber(value, out var number))
        {
            if (Math.Abs(number) >= FieldValue.MaxNumber)
            {
                context.AddError(member, $"{label} must be smaller than 10^20 in size.");
            }
            if (FieldValue.TryNumber(Find(settings, "Minimum"), out var min) && number < min)
            {
                context.AddError(member, $"{label} must be at least {min}.");
            }
            if (FieldValue.TryNumber(Find(settings, "Maximum"), out var max) && number > max)
            {
                context.AddError(member, $"{label} must be at most {max}.");
            }
        }
        var multiple = Find(settings, "Multiple") is JsonValue m && m.TryGetValue<bool>(out var allowed) ? allowed : !kind.SingleByDefault;
        if (kind.ValueKind == FieldValueKind.TextList && value is JsonArray { Count: > 1 } && !multiple)
        {
            context.AddError(member, $"{label} takes one value only.");
        }
        if (Find(settings, "Pattern") is JsonValue pattern && pattern.TryGetValue<string>(out var regex) &&
            !string.IsNullOrEmpty(regex))
        {
            foreach (var text in FieldValue.Texts(value).Where(t => t.Length > 0))
            {
                if (!Matches(text, regex))
                {
                    context.AddError(member, $"{label} does not match the expected format.");
                }
            }
        }
        if (kind.Name == "TextField" && FieldValue.Texts(value).FirstOrDefault() is { Length: > 0 } choice &&
            PredefinedValues(field) is { Count: > 0 } values && !values.Contains(choice))
        {
            context.AddError(member, $"{label}: '{choice}' is not one of the allowed values ({string.Join(", ", values)}).");
        }
        if (kind.Name is "ContentPickerField" or "TaxonomyField" &&
            FieldValue.Texts(value).FirstOrDefault(id => !Items.IdGenerator.IsWellFormed(id)) is { } badId)
        {
            context.AddError(member, $"{label}: '{badId}' is not a content item id (up to {Items.IdGenerator.Length} letters and digits).");
        }
        if (kind.Name == "LinkField" && FieldValue.Texts(value).FirstOrDefault() is { Length: > 0 } url && !LinkAddress.IsSafe(url))
        {
            context.AddError(member, $"{label}: '{url}' is not an absolute http(s) or mailto address, nor a site path.");
        }
    }

    /// <summary>The values a text field with a predefined list (Orchard's dropdown or radio editor) accepts.</summary>
    private static List<string> PredefinedValues(ContentPartFieldDefinition field) =>
        SettingsReader.FindIgnoringCase(field.Settings, "TextFieldPredefinedListEditorSettings") is JsonObject list &&
        SettingsReader.FindIgnoringCase(list, "Options") is JsonArray options
            ? options.OfType<JsonObject>().Select(o => SettingsReader.FindIgnoringCase(o, "value"))
                .OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var text) ? text : null).OfType<string>().ToList()
            : [];

    private static bool Matches(string text, string regex)
    {
        try
        {
            return Regex.IsMatch(text, regex, RegexOptions.None, PatternTimeout);
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string DisplayName(ContentPartFieldDefinition field) =>
        SettingsReader.FindIgnoringCase(field.Settings, "ContentPartFieldSettings")?["DisplayName"] is JsonValue value &&
        value.TryGetValue<string>(out var name) && name.Length > 0
            ? name
            : field.Name;

    private static JsonNode? Find(JsonObject settings, string name) => SettingsReader.FindIgnoringCase(settings, name);

    private static bool Flag(JsonObject settings, string name) =>
        Find(settings, name) is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
}
