namespace CrmSite.Content.Security;

/// <summary>The restricted content types the modules declared, for the authorizer and for every listing surface.</summary>
public sealed class ContentTypeGuards(IEnumerable<ContentTypeGuard> guards)
{
    private readonly Dictionary<string, Permission> _byType = guards.ToDictionary(
        g => g.ContentType, g => g.Permission, StringComparer.OrdinalIgnoreCase);

    /// <summary>The permission items of <paramref name="contentType"/> also need, or null when the type is not restricted.</summary>
    public Permission? For(string contentType) => _byType.GetValueOrDefault(contentType);
}
