namespace CrmSite.Workflows.Model;

/// <summary>A line a <c>LogTask</c> or <c>NotifyTask</c> wrote (level: Trace … Critical, or Success/Information/Warning/Error).</summary>
public sealed record JournalEntry(DateTime Utc, string ActivityId, string Level, string Text);
