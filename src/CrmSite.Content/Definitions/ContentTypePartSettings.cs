namespace CrmSite.Content.Definitions;

/// <summary>Orchard's <c>ContentTypePartSettings</c>; Position is a string in Orchard's format.</summary>
public sealed record ContentTypePartSettings
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? Position { get; init; }
    public string? Editor { get; init; }
}
