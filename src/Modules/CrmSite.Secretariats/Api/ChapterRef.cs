namespace CrmSite.Secretariats.Api;

/// <summary>The chapter a secretariat serves, as the chapter item names it.</summary>
public sealed record ChapterRef(string ContentItemId, string? DisplayText, string? Code, string? UrduName);
