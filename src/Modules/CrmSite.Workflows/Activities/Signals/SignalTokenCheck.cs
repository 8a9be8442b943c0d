namespace CrmSite.Workflows.Activities.Signals;

/// <summary>A token read from a signal URL, and what is wrong with it, if anything.</summary>
public sealed record SignalTokenCheck(SignalToken? Token, SignalTokenProblem Problem);
