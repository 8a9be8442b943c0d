using CrmSite.Content.Security;

namespace CrmSite.Content.Modules;

/// <summary>The modules the host listed, in order.</summary>
public sealed class ModuleCatalog(IReadOnlyList<IModule> modules)
{
    private readonly HashSet<string> _features = new(
        modules.SelectMany(m => m.Features.Append(m.Name)), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<IModule> Modules { get; } = modules;

    /// <summary>Every permission any module defines, by name.</summary>
    public IReadOnlyDictionary<string, Permission> Permissions { get; } = modules
        .SelectMany(m => m.Permissions)
        .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    public bool Provides(string feature) => _features.Contains(feature);
}
