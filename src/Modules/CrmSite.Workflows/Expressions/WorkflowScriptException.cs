namespace CrmSite.Workflows.Expressions;

/// <summary>A workflow script failed; the message says which and why.</summary>
public sealed class WorkflowScriptException(string message, Exception? inner = null) : Exception(message, inner);
