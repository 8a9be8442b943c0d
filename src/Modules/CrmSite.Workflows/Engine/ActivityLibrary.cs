namespace CrmSite.Workflows.Engine;

/// <summary>The activities this site knows, by name (a scoped service: activities may use scoped services).</summary>
public sealed class ActivityLibrary(IEnumerable<IActivity> activities)
{
    private readonly Dictionary<string, IActivity> _byName = activities.ToDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);

    public IActivity? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<IActivity> All => _byName.Values;
}
