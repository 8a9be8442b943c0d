using CrmSite.Content.Management;

namespace CrmSite.Workflows.Engine;

/// <summary>
/// An activity kind, named as in Orchard (<c>NotifyTask</c>, <c>ContentPublishedEvent</c>). Tasks do something
/// and carry on; events wait: reached while running they halt the instance, and they start or resume it when what
/// they wait for happens.
/// </summary>
public interface IActivity
{
    string Name { get; }

    /// <summary>Event activities start and resume instances; the rest are tasks.</summary>
    bool IsEvent => false;

    /// <summary>The outcomes the activity can take with these properties (the admin draws and checks transitions with them).</summary>
    IReadOnlyList<string> Outcomes(ActivityContext activity);

    /// <summary>Whether the activity applies (a content event's type filter, a signal's name); false skips it.</summary>
    Task<bool> CanExecuteAsync(WorkflowContext workflow, ActivityContext activity) => Task.FromResult(true);

    /// <summary>Runs the activity when the instance reaches it. Events halt here.</summary>
    Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity);

    /// <summary>Runs an event activity when its event happens (starting or resuming the instance).</summary>
    Task<ActivityResult> ResumeAsync(WorkflowContext workflow, ActivityContext activity) => Task.FromResult(ActivityResult.Outcomes("Done"));

    /// <summary>What is wrong with these properties (an invalid cron, a script that does not parse), each naming the property.</summary>
    IEnumerable<ContentError> Validate(ActivityContext activity) => [];
}
