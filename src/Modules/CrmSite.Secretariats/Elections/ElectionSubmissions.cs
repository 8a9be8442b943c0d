using System.Text.Json.Nodes;
using CrmSite.Content.Api;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Workflows.Activities;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;

namespace CrmSite.Secretariats.Elections;

/// <summary>
/// An election officer's submission: the result is saved as a draft through the content writes (so it needs what an
/// edit needs, plus SubmitElectionResult for the result's chapter), and the election workflow runs on it before the
/// answer is given, so the submitter hears at once whether it waits for approval or what must change.
/// </summary>
public sealed class ElectionSubmissions(ContentWrites writes, ContentAuthorization authorization, WorkflowInstanceStore instances)
{
    public async Task<(ContentResult Saved, ElectionSubmission? Submission)> SubmitAsync(ElectionResultInput input, CancellationToken cancellationToken)
    {
        var item = input.ToItem();
        if (await authorization.CheckWriteAsync(SecretariatPermissions.SubmitElectionResult, item) is { } denied)
        {
            return (denied, null);
        }
        var saved = await writes.SaveAsync(item, null, publish: false, cancellationToken);
        return saved.Succeeded ? (saved, await StatusAsync(saved.Item!, cancellationToken)) : (saved, null);
    }

    /// <summary>Where the result stands in its workflow.</summary>
    public async Task<ElectionSubmission> StatusAsync(ContentItem result, CancellationToken cancellationToken)
    {
        var instance = await instances.LatestForAsync(result.ContentItemId, cancellationToken);
        var reasons = instance?.State.Properties["Reasons"] is JsonArray list
            ? list.Select(r => r?.GetValue<string>() ?? "").Where(r => r.Length > 0).ToArray()
            : [];
        var status = instance switch
        {
            null => "NotSubmitted",
            { Status: WorkflowStatus.Faulted } => "Faulted",
            { Status: WorkflowStatus.Halted } when instance.BlockingActivities.Any(b => b.Name == UserTaskEvent.ActivityName) => "AwaitingApproval",
            { Status: WorkflowStatus.Halted } when reasons.Length > 0 => "ChangesRequested",
            { Status: WorkflowStatus.Finished } => instance.State.Properties["Decision"]?.ToString() ?? "Finished",
            _ => instance.Status.ToString(),
        };
        return new ElectionSubmission(result, instance?.WorkflowId, status, reasons);
    }
}
