using CrmSite.Content.Items;
using CrmSite.Content.Store;
using CrmSite.Workflows.Model;

namespace CrmSite.Workflows.Store;

/// <summary>
/// Workflow types, kept as one document (as Orchard keeps them) and read through a cache that the document's stamp
/// invalidates, so that every content event can ask "which types start on this?" without a query.
/// </summary>
public sealed class WorkflowTypeStore(DocumentStore documents, WorkflowTypeCache cache)
{
    public const string DocumentName = "WorkflowTypes";

    public async Task<IReadOnlyList<WorkflowType>> ListAsync(CancellationToken cancellationToken)
    {
        var version = await documents.GetVersionAsync(DocumentName, cancellationToken);
        if (cache.Get(version) is { } cached)
        {
            return cached;
        }
        var (document, stamp) = await documents.GetAsync<WorkflowTypesDocument>(DocumentName, cancellationToken);
        return cache.Set(stamp, document.WorkflowTypes);
    }

    public async Task<WorkflowType?> GetAsync(string workflowTypeId, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(t => t.WorkflowTypeId == workflowTypeId);

    /// <summary>Enabled types with a start activity named <paramref name="activityName"/>, with those activities.</summary>
    public async Task<IReadOnlyList<(WorkflowType Type, ActivityRecord Start)>> StartingWithAsync(string activityName, CancellationToken cancellationToken) =>
        [.. from type in await ListAsync(cancellationToken)
            where type.IsEnabled
            from activity in type.Activities
            where activity.IsStart && string.Equals(activity.Name, activityName, StringComparison.OrdinalIgnoreCase)
            select (type, activity)];

    /// <summary>Adds the types, replacing any with the same WorkflowTypeId; new ones without an id get one.</summary>
    public async Task SaveAsync(IEnumerable<WorkflowType> types, CancellationToken cancellationToken)
    {
        var (document, version) = await documents.GetAsync<WorkflowTypesDocument>(DocumentName, cancellationToken);
        foreach (var type in types)
        {
            if (string.IsNullOrEmpty(type.WorkflowTypeId))
            {
                type.WorkflowTypeId = IdGenerator.NewId();
            }
            document.WorkflowTypes.RemoveAll(t => t.WorkflowTypeId == type.WorkflowTypeId);
            document.WorkflowTypes.Add(type);
        }
        await documents.SaveAsync(DocumentName, document, version, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string workflowTypeId, CancellationToken cancellationToken)
    {
        var (document, version) = await documents.GetAsync<WorkflowTypesDocument>(DocumentName, cancellationToken);
        if (document.WorkflowTypes.RemoveAll(t => t.WorkflowTypeId == workflowTypeId) == 0)
        {
            return false;
        }
        await documents.SaveAsync(DocumentName, document, version, cancellationToken);
        return true;
    }
}
