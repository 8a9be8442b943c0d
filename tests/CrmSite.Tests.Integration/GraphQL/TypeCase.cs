namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>What the scenario did to one content type: the item given a newer draft, and the item that is only a draft.</summary>
public sealed record TypeCase(string Type, string GraphType, string? ListField, bool Restricted, bool Draftable, string? Drafted, string? DraftOnly);
