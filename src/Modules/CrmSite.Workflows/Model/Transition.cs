namespace CrmSite.Workflows.Model;

/// <summary>From an activity's outcome (<c>Done</c>, <c>True</c>, <c>Approve</c>) to the activity that runs next.</summary>
public sealed class Transition
{
    public long Id { get; set; }

    public string SourceActivityId { get; set; } = "";

    public string SourceOutcomeName { get; set; } = "";

    public string DestinationActivityId { get; set; } = "";
}
