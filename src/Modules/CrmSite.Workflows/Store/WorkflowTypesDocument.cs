using CrmSite.Workflows.Model;

namespace CrmSite.Workflows.Store;

/// <summary>The stored document: every workflow type.</summary>
public sealed class WorkflowTypesDocument
{
    public List<WorkflowType> WorkflowTypes { get; set; } = [];
}
