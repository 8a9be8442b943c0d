namespace CrmSite.Secretariats.Api;

/// <summary>The member organisation hosting a secretariat.</summary>
public sealed record HostRef(string ContentItemId, string? DisplayText);
