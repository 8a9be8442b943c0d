using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Workflows.Engine;

/// <summary>
/// The activities this site knows, by name (a scoped service: activities may use scoped services). They are made on
/// first use, not with the library: content tasks need the content manager, whose content events lead back here.
/// </summary>
public sealed class ActivityLibrary(IServiceProvider services)
{
    private Dictionary<string, IActivity>? _byName;

    public IActivity? Find(string name) => ByName.GetValueOrDefault(name);

    public IEnumerable<IActivity> All => ByName.Values;

    private Dictionary<string, IActivity> ByName =>
        _byName ??= services.GetServices<IActivity>().ToDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);
}
