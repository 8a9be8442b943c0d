using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// New items for any content type, made from its definition: a title and a unique path, every field the
/// definition requires filled with a value its settings allow (the first predefined option, the minimum, a
/// required picker pointing at a published item of the type it allows), and dates and numbers always set, since
/// domain rules ask for a term's dates and compare its counts. Or a copy of an existing item under a new id.
/// </summary>
public static class ItemTemplates
{
    public static JsonObject Generate(ContentTypeDefinition type, ContentDefinitionDocument definitions, string label,
        Func<string, string?> publishedItemOfType)
    {
        var slug = label.ToLowerInvariant().Replace(' ', '-');
        var item = new JsonObject { ["ContentType"] = type.Name, ["DisplayText"] = label };
        foreach (var typePart in type.Parts)
        {
            var part = typePart.PartName switch
            {
                "TitlePart" => new JsonObject { ["Title"] = label },
                "AutoroutePart" => new JsonObject { ["Path"] = "graphql-tests/" + slug },
                "MarkdownBodyPart" => new JsonObject { ["Markdown"] = "Body of " + label },
                "HtmlBodyPart" => new JsonObject { ["Html"] = "<p>Body of " + label + "</p>" },
                "LocalizationPart" => new JsonObject { ["Culture"] = "en" },
                _ => definitions.FindPart(typePart.PartName) is { } definition ? Fields(definition, label, publishedItemOfType) : null,
            };
            if (part is not null)
            {
                item[typePart.Name] = part;
            }
        }
        return item;
    }

    /// <summary>A copy of <paramref name="source"/> as a new item: new id, title and path; ids it holds of its own (terms, a translation set) dropped.</summary>
    public static JsonObject Copy(JsonObject source, string label)
    {
        var item = source.DeepClone().AsObject();
        foreach (var name in new[] { "ContentItemId", "ContentItemVersionId", "Latest", "Published", "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author" })
        {
            item.Remove(name);
        }
        item["DisplayText"] = label;
        if (item["TitlePart"] is JsonObject title)
        {
            title["Title"] = label;
        }
        if (item["AutoroutePart"] is JsonObject route)
        {
            route["Path"] = "graphql-tests/" + label.ToLowerInvariant().Replace(' ', '-');
        }
        (item["LocalizationPart"] as JsonObject)?.Remove("LocalizationSet");
        if (item["TaxonomyPart"] is JsonObject taxonomy)
        {
            taxonomy["Terms"] = new JsonArray();
        }
        return item;
    }

    /// <summary>The item's latest content with its title (or display text) changed to <paramref name="label"/>.</summary>
    public static JsonObject Retitle(JsonObject source, string label)
    {
        var item = source.DeepClone().AsObject();
        item["DisplayText"] = label;
        if (item["TitlePart"] is JsonObject title)
        {
            title["Title"] = label;
        }
        return item;
    }

    private static JsonObject Fields(ContentPartDefinition part, string label, Func<string, string?> publishedItemOfType)
    {
        var values = new JsonObject();
        foreach (var field in part.Fields)
        {
            var settings = field.Settings[field.FieldName + "Settings"] as JsonObject;
            var required = settings?["Required"] is JsonValue r && r.TryGetValue<bool>(out var flag) && flag;
            JsonObject? value = field.FieldName switch
            {
                "TextField" when FirstOption(field) is { } option => new JsonObject { ["Text"] = option },
                "TextField" when required => new JsonObject { ["Text"] = label },
                "NumericField" => new JsonObject { ["Value"] = Number(settings?["Minimum"]) ?? 0 },
                "BooleanField" => new JsonObject { ["Value"] = false },
                "DateField" or "DateTimeField" => new JsonObject { ["Value"] = "2024-01-01" },
                "LinkField" when required => new JsonObject { ["Url"] = "https://example.org/graphql-tests", ["Text"] = "Example" },
                "MarkdownField" when required => new JsonObject { ["Markdown"] = label },
                "HtmlField" when required => new JsonObject { ["Html"] = "<p>" + label + "</p>" },
                "ContentPickerField" when required && Picked(settings, publishedItemOfType) is { } id => new JsonObject { ["ContentItemIds"] = new JsonArray(id) },
                _ => null,
            };
            if (value is not null)
            {
                values[field.Name] = value;
            }
        }
        return values;
    }

    private static string? FirstOption(ContentPartFieldDefinition field) =>
        (field.Settings["TextFieldPredefinedListEditorSettings"]?["Options"] as JsonArray)?.FirstOrDefault()?["value"]?.GetValue<string>();

    private static decimal? Number(JsonNode? node) =>
        node is JsonValue value && decimal.TryParse(value.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static string? Picked(JsonObject? settings, Func<string, string?> publishedItemOfType) =>
        (settings?["DisplayedContentTypes"] as JsonArray)?.Select(t => t?.GetValue<string>()).OfType<string>()
            .Select(publishedItemOfType).FirstOrDefault(id => id is not null);
}
