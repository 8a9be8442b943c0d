using CrmSite.Workflows.Model;

namespace CrmSite.Workflows.Store;

/// <summary>The parsed types of the latest document stamp this node has read (a singleton).</summary>
public sealed class WorkflowTypeCache
{
    private (long Version, IReadOnlyList<WorkflowType> Types)? _entry;

    public IReadOnlyList<WorkflowType>? Get(long version) => _entry is { } e && e.Version == version && version != 0 ? e.Types : null;

    public IReadOnlyList<WorkflowType> Set(long version, IReadOnlyList<WorkflowType> types)
    {
        _entry = (version, types);
        return types;
    }
}
