namespace CrmSite.Content.Security;

/// <summary>
/// Marks a content type as restricted (individual members are personal data): every permission on its items also
/// needs <paramref name="Permission"/>, and callers without it see none of its items on any surface.
/// </summary>
public sealed record ContentTypeGuard(string ContentType, Permission Permission);
