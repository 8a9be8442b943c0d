namespace CrmSite.Workflows.Engine;

/// <summary>An activity faulted; the message names it and says why.</summary>
public sealed class ActivityFaultException(string message) : Exception(message);
