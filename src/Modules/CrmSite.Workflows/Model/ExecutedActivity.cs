namespace CrmSite.Workflows.Model;

/// <summary>One run of an activity: when, and the outcomes it took.</summary>
public sealed record ExecutedActivity(string ActivityId, string Name, DateTime ExecutedUtc, IReadOnlyList<string> Outcomes);
