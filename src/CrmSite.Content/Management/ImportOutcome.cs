namespace CrmSite.Content.Management;

/// <summary>What importing one item did.</summary>
public enum ImportOutcome
{
    Created,
    NewVersion,
    Replaced,
    Unchanged,
}
