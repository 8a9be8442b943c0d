using System.Text.Json.Nodes;

namespace CrmSite.Content.Definitions;

/// <summary>
/// Orchard's merge semantics for the ContentDefinition step: named types, parts, part records and fields are added
/// or updated, settings objects are merged key by key, and nothing unnamed is removed.
/// </summary>
public static class DefinitionMerger
{
    public static void MergeType(ContentDefinitionDocument document, ContentTypeDefinition incoming)
    {
        var existing = document.FindType(incoming.Name);
        if (existing is null)
        {
            document.ContentTypes.Add(incoming);
            return;
        }
        existing.DisplayName = incoming.DisplayName ?? existing.DisplayName;
        MergeSettings(existing.Settings, incoming.Settings);
        foreach (var part in incoming.Parts)
        {
            if (existing.FindPart(part.Name) is { } current)
            {
                MergeSettings(current.Settings, part.Settings);
            }
            else
            {
                existing.Parts.Add(part);
            }
        }
    }

    public static void MergePart(ContentDefinitionDocument document, ContentPartDefinition incoming)
    {
        var existing = document.FindPart(incoming.Name);
        if (existing is null)
        {
            document.ContentParts.Add(incoming);
            return;
        }
        MergeSettings(existing.Settings, incoming.Settings);
        foreach (var field in incoming.Fields)
        {
            if (existing.FindField(field.Name) is { } current)
            {
                MergeSettings(current.Settings, field.Settings);
            }
            else
            {
                existing.Fields.Add(field);
            }
        }
    }

    public static void ReplaceType(ContentDefinitionDocument document, ContentTypeDefinition incoming)
    {
        document.ContentTypes.RemoveAll(t => string.Equals(t.Name, incoming.Name, StringComparison.OrdinalIgnoreCase));
        document.ContentTypes.Add(incoming);
    }

    public static void ReplacePart(ContentDefinitionDocument document, ContentPartDefinition incoming)
    {
        document.ContentParts.RemoveAll(p => string.Equals(p.Name, incoming.Name, StringComparison.OrdinalIgnoreCase));
        document.ContentParts.Add(incoming);
    }

    /// <summary>Deep-merges <paramref name="incoming"/> into <paramref name="target"/>: objects merge, other values replace.</summary>
    public static void MergeSettings(JsonObject target, JsonObject incoming)
    {
        foreach (var (key, value) in incoming)
        {
            var current = target.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));
            if (current.Value is JsonObject currentObject && value is JsonObject incomingObject)
            {
                MergeSettings(currentObject, incomingObject);
                continue;
            }
            if (current.Key is not null)
            {
                target.Remove(current.Key);
            }
            target[key] = value?.DeepClone();
        }
    }
}
