namespace CrmSite.Workflows.Activities.Signals;

/// <summary>The stored form of <see cref="SignalKey"/>.</summary>
public sealed class SignalKeyDocument
{
    /// <summary>The key, base64.</summary>
    public string Key { get; set; } = "";
}
