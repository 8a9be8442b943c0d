using CrmSite.Content.Items;

namespace CrmSite.Secretariats.Elections;

/// <summary>Where a submitted result stands: its workflow and status, and the reasons it was sent back.</summary>
public sealed record ElectionSubmission(ContentItem ElectionResult, string? WorkflowId, string Status, IReadOnlyList<string> Reasons);
