using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Control;

/// <summary>Takes every outcome in <c>Forks</c> at once: each branch runs, and a <c>JoinTask</c> may bring them together.</summary>
public sealed class ForkTask : TaskActivity
{
    public override string Name => "ForkTask";

    public override IReadOnlyList<string> Outcomes(ActivityContext activity) => activity.List("Forks");

    public override Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity) =>
        Task.FromResult(ActivityResult.Outcomes(activity.List("Forks")));

    public override IEnumerable<ContentError> Validate(ActivityContext activity) =>
        activity.List("Forks").Count == 0 ? [Scripts.Invalid(activity, "Forks", $"A fork needs at least one branch in Forks.")] : [];
}
