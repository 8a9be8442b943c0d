namespace CrmSite.Workflows.Model;

/// <summary>An activity the instance waits on (an event: user task, signal, timer, content event).</summary>
public sealed record BlockingActivity(string ActivityId, string Name, bool IsStart);
