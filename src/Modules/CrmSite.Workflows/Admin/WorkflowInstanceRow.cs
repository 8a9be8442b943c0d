using CrmSite.Workflows.Model;

namespace CrmSite.Workflows.Admin;

/// <summary>An instance as the admin lists it: without its state.</summary>
public sealed record WorkflowInstanceRow(string WorkflowId, WorkflowStatus Status, string? CorrelationId, string? FaultMessage,
    DateTime CreatedUtc, DateTime UpdatedUtc);
