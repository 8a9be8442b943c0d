using CrmSite.Content.Localization;
using CrmSite.Workflows.Model;
using Microsoft.Extensions.Localization;

namespace CrmSite.Workflows.Pages;

/// <summary>An instance status in the admin's language (spelt out so the catalogue test finds each).</summary>
public static class WorkflowStatusText
{
    public static string Of(IStringLocalizer<AdminText> text, WorkflowStatus status) => status switch
    {
        WorkflowStatus.Idle => text["Idle"],
        WorkflowStatus.Starting => text["Starting"],
        WorkflowStatus.Resuming => text["Resuming"],
        WorkflowStatus.Executing => text["Executing"],
        WorkflowStatus.Halted => text["Halted"],
        WorkflowStatus.Finished => text["Finished"],
        WorkflowStatus.Faulted => text["Faulted"],
        WorkflowStatus.Aborted => text["Aborted"],
        _ => status.ToString(),
    };
}
