using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Data;

/// <summary>Checks of plain text properties.</summary>
internal static class Names
{
    public static IEnumerable<ContentError> Require(ActivityContext activity, string property) =>
        string.IsNullOrWhiteSpace(activity.Text(property)) ? [Scripts.Invalid(activity, property, $"{property} is required.")] : [];
}
