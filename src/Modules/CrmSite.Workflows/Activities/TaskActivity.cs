using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities;

/// <summary>A task: does its work when reached and takes <c>Done</c> unless it says otherwise.</summary>
public abstract class TaskActivity : IActivity
{
    public abstract string Name { get; }

    public virtual IReadOnlyList<string> Outcomes(ActivityContext activity) => ["Done"];

    public abstract Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity);

    public virtual IEnumerable<ContentError> Validate(ActivityContext activity) => [];
}

/// <summary>An event: reached while running, the instance halts on it; when it happens, it takes <c>Done</c>.</summary>
public abstract class EventActivity : IActivity
{
    public abstract string Name { get; }

    public bool IsEvent => true;

    public virtual IReadOnlyList<string> Outcomes(ActivityContext activity) => ["Done"];

    public virtual Task<bool> CanExecuteAsync(WorkflowContext workflow, ActivityContext activity) => Task.FromResult(true);

    public virtual Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity) => Task.FromResult(ActivityResult.Halt);

    public virtual Task<ActivityResult> ResumeAsync(WorkflowContext workflow, ActivityContext activity) =>
        Task.FromResult(ActivityResult.Outcomes("Done"));

    public virtual IEnumerable<ContentError> Validate(ActivityContext activity) => [];
}
