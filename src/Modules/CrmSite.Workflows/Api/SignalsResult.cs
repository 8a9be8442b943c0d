namespace CrmSite.Workflows.Api;

/// <summary>What a signal URL did: the signal raised and how many instances it ran.</summary>
public sealed record SignalsResult(string Signal, int Resumed);
