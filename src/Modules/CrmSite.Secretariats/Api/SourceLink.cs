namespace CrmSite.Secretariats.Api;

/// <summary>Where a statement comes from.</summary>
public sealed record SourceLink(string Url, string? Text);
