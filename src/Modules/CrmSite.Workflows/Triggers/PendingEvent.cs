using System.Text.Json.Nodes;

namespace CrmSite.Workflows.Triggers;

/// <summary>An event waiting to be raised: its activity name, input and correlation id.</summary>
public sealed record PendingEvent(string Name, JsonObject Input, string? CorrelationId);
