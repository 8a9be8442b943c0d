using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Expressions;

namespace CrmSite.Workflows.Activities;

/// <summary>Checks of expression properties when a type is imported or saved.</summary>
internal static class Scripts
{
    /// <summary>An error when the JavaScript property <paramref name="name"/> is missing or does not parse.</summary>
    public static IEnumerable<ContentError> Check(ActivityContext activity, string name, bool required = true)
    {
        var script = activity.Expression(name);
        if (string.IsNullOrWhiteSpace(script))
        {
            return required ? [Invalid(activity, name, $"{name} is required.")] : [];
        }
        return WorkflowScript.Check(script) is { } error ? [Invalid(activity, name, $"{name} is not valid JavaScript: {error}")] : [];
    }

    public static ContentError Invalid(ActivityContext activity, string property, FormattableString message) =>
        new(string.Concat("Activities[", activity.ActivityId, "].Properties.", property), message);
}
