using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;

namespace CrmSite.Admin.Definitions;

/// <summary>
/// What the type page edits: the display name and the flags of Orchard's <c>ContentTypeSettings</c>. The
/// stereotype and any other key of the bag are left as they are.
/// </summary>
public sealed record TypeSettingsForm
{
    private const string Group = nameof(ContentTypeSettings);

    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public bool Creatable { get; init; }
    public bool Listable { get; init; }
    public bool Draftable { get; init; }
    public bool Versionable { get; init; }
    public bool Securable { get; init; }

    public static TypeSettingsForm Read(ContentTypeDefinition type)
    {
        var settings = type.TypeSettings;
        return new TypeSettingsForm
        {
            DisplayName = type.DisplayName,
            Description = settings.Description,
            Creatable = settings.Creatable,
            Listable = settings.Listable,
            Draftable = settings.Draftable,
            Versionable = settings.Versionable,
            Securable = settings.Securable,
        };
    }

    /// <summary>Writes the form into <paramref name="type"/>; returns the names of what changed.</summary>
    internal IReadOnlyList<string> ApplyTo(ContentTypeDefinition type)
    {
        var before = Read(type);
        var group = SettingsBag.Group(type.Settings, Group);
        type.DisplayName = Trimmed(DisplayName) ?? type.DisplayName;
        SettingsBag.Set(group, nameof(Description), Trimmed(Description) is { } description ? JsonValue.Create(description) : null);
        foreach (var (name, value) in Flags())
        {
            SettingsBag.Set(group, name, JsonValue.Create(value));
        }
        var after = Read(type);
        var changed = new List<string>();
        if (before.DisplayName != after.DisplayName)
        {
            changed.Add($"display name '{after.DisplayName}'");
        }
        if (before.Description != after.Description)
        {
            changed.Add("description");
        }
        var was = before.Flags().ToDictionary(f => f.Name, f => f.Value);
        changed.AddRange(after.Flags().Where(f => was[f.Name] != f.Value).Select(f => $"{f.Name} {(f.Value ? "on" : "off")}"));
        return changed;
    }

    private IEnumerable<(string Name, bool Value)> Flags() =>
    [
        (nameof(Creatable), Creatable), (nameof(Listable), Listable), (nameof(Draftable), Draftable),
        (nameof(Versionable), Versionable), (nameof(Securable), Securable),
    ];

    internal static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
