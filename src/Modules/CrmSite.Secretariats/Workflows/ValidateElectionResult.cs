using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Secretariats.ContentTypes;
using CrmSite.Workflows.Activities;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Triggers;

namespace CrmSite.Secretariats.Workflows;

/// <summary>
/// Checks the workflow's election result (its latest version) with <see cref="ElectionRules"/>. <c>Valid</c>: the
/// version checked is kept as <c>Properties.ValidatedVersionId</c>, so only that version can be approved.
/// <c>Invalid</c>: every reason is kept in <c>Properties.Reasons</c> for the submitter. <c>Deleted</c>: the result
/// is gone. The result's owner and its last author are added to <c>Properties.SubmitterIds</c> (none of them may
/// approve it), and the outcome is audited.
/// </summary>
public sealed class ValidateElectionResult(ContentReader content, ElectionRules rules, ElectionPeople people, WorkflowAudit audit) : TaskActivity
{
    public const string ActivityName = "ValidateElectionResult";
    public const string Validated = "ElectionResultValidated";
    public const string Refused = "ElectionResultRefused";

    public override string Name => ActivityName;

    public override IReadOnlyList<string> Outcomes(ActivityContext activity) => ["Valid", "Invalid", "Deleted"];

    public override async Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var item = workflow.CorrelationId is { } id && IdGenerator.IsWellFormed(id)
            ? await content.GetAsync(id, VersionOptions.Latest)
            : null;
        if (item is null || item.ContentType != SecretariatTypes.ElectionResult)
        {
            return ActivityResult.Outcomes("Deleted");
        }
        await RememberSubmittersAsync(workflow, item);
        var reasons = await rules.CheckAsync(item, CancellationToken.None);
        workflow.Properties["Reasons"] = new JsonArray([.. reasons.Select(r => (JsonNode)JsonValue.Create(r.Message))]);
        workflow.Properties["ValidatedVersionId"] = reasons.Count == 0 ? item.ContentItemVersionId : null;
        workflow.LastResult = reasons.Count == 0 ? "Valid" : "Invalid";
        await audit.RecordAsync(reasons.Count == 0 ? Validated : Refused, "workflow", item,
            reasons.Count == 0 ? "Valid: waiting for approval" : string.Join(" ", reasons.Select(r => r.Message)), CancellationToken.None);
        return ActivityResult.Outcomes(reasons.Count == 0 ? "Valid" : "Invalid");
    }

    /// <summary>The result's owner and whoever changed it last are submitters (re-checks after an approval add no one).</summary>
    private async Task RememberSubmittersAsync(WorkflowContext workflow, ContentItem item)
    {
        var submitters = workflow.Properties["SubmitterIds"] as JsonArray ?? [];
        workflow.Properties["SubmitterIds"] = submitters;
        var changedBy = workflow.Input["ChangedBy"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;
        foreach (var userId in new[] { item.Owner, changedBy }.OfType<string>().Where(u => u.Length > 0))
        {
            if (!submitters.Any(s => s?.GetValue<string>() == userId))
            {
                submitters.Add(userId);
            }
        }
        if (changedBy is not null)
        {
            workflow.Properties["SubmitterId"] = changedBy;
            workflow.Properties["SubmitterEmail"] = await people.EmailOfAsync(changedBy, CancellationToken.None);
        }
    }
}
