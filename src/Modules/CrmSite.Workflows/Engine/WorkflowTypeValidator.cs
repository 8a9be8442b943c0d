using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Workflows.Model;

namespace CrmSite.Workflows.Engine;

/// <summary>
/// What is wrong with a workflow type, all at once, each error naming where: a missing name, an unknown or
/// duplicated activity, a start activity that is not an event, a transition from or to nowhere or from an outcome
/// its activity does not have, and each activity's own property checks (scripts that do not parse, bad cron).
/// </summary>
public sealed class WorkflowTypeValidator(ActivityLibrary library)
{
    public IReadOnlyList<ContentError> Validate(WorkflowType type)
    {
        var errors = new List<ContentError>();
        if (string.IsNullOrWhiteSpace(type.Name))
        {
            errors.Add(new ContentError("Name", $"A workflow type needs a Name."));
        }
        if (type.WorkflowTypeId.Length > 0 && !IdGenerator.IsWellFormed(type.WorkflowTypeId))
        {
            errors.Add(new ContentError("WorkflowTypeId", $"'{type.WorkflowTypeId}' is not an id: up to {IdGenerator.Length} letters and digits."));
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in type.Activities)
        {
            var place = $"Activities[{record.ActivityId}]";
            if (string.IsNullOrWhiteSpace(record.ActivityId) || record.ActivityId.Length > 64)
            {
                errors.Add(new ContentError("Activities", $"Activity '{record.Name}' needs an ActivityId of 1 to 64 characters."));
            }
            else if (!ids.Add(record.ActivityId))
            {
                errors.Add(new ContentError(place, $"The ActivityId '{record.ActivityId}' is used twice."));
            }
            if (library.Find(record.Name) is not { } activity)
            {
                errors.Add(new ContentError($"{place}.Name", $"There is no activity named '{record.Name}'."));
                continue;
            }
            if (record.IsStart && !activity.IsEvent)
            {
                errors.Add(new ContentError($"{place}.IsStart", $"{record.Name} is a task: only events can start a workflow."));
            }
            errors.AddRange(activity.Validate(new ActivityContext(record, [])));
        }
        foreach (var transition in type.Transitions)
        {
            var source = type.Activity(transition.SourceActivityId);
            if (source is null)
            {
                errors.Add(new ContentError("Transitions", $"A transition starts from '{transition.SourceActivityId}', which is not an activity of this type."));
                continue;
            }
            if (type.Activity(transition.DestinationActivityId) is null)
            {
                errors.Add(new ContentError("Transitions", $"A transition from '{source.ActivityId}' leads to '{transition.DestinationActivityId}', which is not an activity of this type."));
            }
            var outcomes = library.Find(source.Name)?.Outcomes(new ActivityContext(source, [])) ?? [];
            if (outcomes.Count > 0 && !outcomes.Contains(transition.SourceOutcomeName, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new ContentError("Transitions", $"{source.Name} ({source.ActivityId}) has no outcome '{transition.SourceOutcomeName}' (it has {string.Join(", ", outcomes)})."));
            }
        }
        return errors;
    }
}
