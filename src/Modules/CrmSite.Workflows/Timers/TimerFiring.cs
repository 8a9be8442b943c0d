namespace CrmSite.Workflows.Timers;

/// <summary>
/// A timer that fired: its key in <c>WorkflowTimers</c>, the slot it fired for, and the instance it started or
/// resumed (null when none ran: a busy singleton, or an instance resumed by someone else meanwhile).
/// </summary>
public sealed record TimerFiring(string Key, DateTime SlotUtc, string WorkflowTypeId, string? WorkflowId);
