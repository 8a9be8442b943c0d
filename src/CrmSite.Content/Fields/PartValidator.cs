using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Content.Fields;

/// <summary>The rules of the built-in parts that need no store: titles, path syntax, cultures, list ids.</summary>
public sealed class PartValidator : IContentValidator
{
    private const int MaxPathLength = 1024;
    private static readonly System.Buffers.SearchValues<char> ForbiddenPathChars = System.Buffers.SearchValues.Create(":?#[]@!$&'()*+,;=<>\\|% \"");

    public Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        var item = context.Item;
        foreach (var typePart in BuiltInParts.PartsOf(item, context.Type))
        {
            var data = item.Part(typePart.Name);
            foreach (var (property, kind) in BuiltInParts.IndexedProperties(typePart.PartName))
            {
                if (!FieldValue.HasShape(data?[property], kind))
                {
                    context.AddError($"{typePart.PartName}.{property}", $"{typePart.PartName}.{property} must be {FieldValue.Describe(kind)}.");
                }
            }
            switch (typePart.PartName)
            {
                case BuiltInParts.TitlePart when TitleRequired(typePart) && string.IsNullOrWhiteSpace(Text(data, "Title")):
                    context.AddError("TitlePart.Title", $"A title is required.");
                    break;
                case BuiltInParts.AutoroutePart when Text(data, "Path") is { Length: > 0 } path:
                    ValidatePath(context, path);
                    break;
                case BuiltInParts.LocalizationPart when Text(data, "Culture") is { Length: > 0 } culture && !IsCulture(culture):
                    context.AddError("LocalizationPart.Culture", $"'{culture}' is not a culture name such as 'en' or 'ur-PK'.");
                    break;
                case BuiltInParts.ContainedPart when Text(data, "ListContentItemId") is { Length: > 0 } listId && !IdGenerator.IsWellFormed(listId):
                    context.AddError("ContainedPart.ListContentItemId", $"'{listId}' is not a content item id.");
                    break;
            }
        }
        return Task.CompletedTask;
    }

    private static void ValidatePath(ContentValidationContext context, string path)
    {
        if (path.Length > MaxPathLength)
        {
            context.AddError("AutoroutePart.Path", $"The path is longer than {MaxPathLength} characters.");
        }
        if (path.StartsWith('/') || path.EndsWith('/'))
        {
            context.AddError("AutoroutePart.Path", $"The path must not start or end with '/'.");
        }
        if (path.Any(char.IsControl))
        {
            context.AddError("AutoroutePart.Path", $"The path must not contain control characters.");
        }
        if (path.IndexOfAny(ForbiddenPathChars) is var at and >= 0)
        {
            context.AddError("AutoroutePart.Path", $"The path must not contain '{path[at]}'.");
        }
    }

    private static bool TitleRequired(ContentTypePartDefinition typePart)
    {
        var options = SettingsReader.FindIgnoringCase(typePart.Settings, "TitlePartSettings")?["Options"];
        return options is JsonValue value &&
            ((value.TryGetValue<string>(out var name) && name == "EditableRequired") ||
             (value.TryGetValue<int>(out var number) && number == 3));
    }

    private static bool IsCulture(string name)
    {
        try
        {
            // ICU also resolves "en_US"; only the canonical spelling may be stored.
            var culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return culture.Name.Length > 0 && !name.Contains('_', StringComparison.Ordinal) &&
                culture.Name.Equals(name, StringComparison.OrdinalIgnoreCase);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static string? Text(JsonObject? data, string property) =>
        data?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
