namespace CrmSite.Content.Definitions;

/// <summary>Orchard's <c>ContentTypeSettings</c>.</summary>
public sealed record ContentTypeSettings
{
    public bool Creatable { get; init; }
    public bool Listable { get; init; }
    public bool Draftable { get; init; }
    public bool Versionable { get; init; }
    public bool Securable { get; init; }
    public string? Stereotype { get; init; }
    public string? Description { get; init; }
}
