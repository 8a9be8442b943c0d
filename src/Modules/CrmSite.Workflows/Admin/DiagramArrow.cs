namespace CrmSite.Workflows.Admin;

/// <summary>A transition on the diagram: an SVG path from box to box, and where its outcome's label goes.</summary>
public sealed record DiagramArrow(string SourceActivityId, string Outcome, string DestinationActivityId, string Path, double LabelX, double LabelY);
