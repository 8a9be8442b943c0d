using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Settings;
using CrmSite.Content.Store;
using CrmSite.Secretariats.ContentTypes;
using CrmSite.Workflows.Activities;
using CrmSite.Workflows.Activities.Email;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Triggers;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CrmSite.Secretariats.Workflows;

/// <summary>
/// Run by a timer: for each active chapter whose current term's end is dated, tells the chapter once when the end is
/// <c>DaysBefore</c> days away or less (30 by default), and marks its secretariat "election due" once the term has
/// ended with no newer term. What was told is kept in the audit trail, which is also how "once" is kept.
/// <c>Properties.TermsEnding</c> lists the chapters told this time, with their recipients.
/// </summary>
public sealed class CheckSecretariatTerms(ContentReader reader, ContentManager content, SiteCalendar calendar, ElectionPeople people,
    CrmSiteDbContext db, WorkflowAudit audit, MailDelivery mail) : TaskActivity
{
    public const string ActivityName = "CheckSecretariatTerms";
    public const string TermEnding = "SecretariatTermEnding";
    public const string ElectionDue = "SecretariatElectionDue";

    public override string Name => ActivityName;

    public override async Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var daysBefore = int.TryParse(activity.Text("DaysBefore"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d : 30;
        var today = await calendar.TodayAsync(CancellationToken.None);
        var ending = new JsonArray();
        foreach (var chapter in await reader.ListAsync("Chapter", VersionOptions.Published))
        {
            if (chapter.Text("Chapter", "Status") == "historical" ||
                await SecretariatTerms.LatestAsync(reader, chapter.ContentItemId, CancellationToken.None) is not { } term ||
                term.Date(SecretariatTypes.SecretariatTerm, "End")?.Date is not { } end)
            {
                continue;
            }
            if (end >= today && end <= today.AddDays(daysBefore) && !await AuditedAsync(TermEnding, term.ContentItemId))
            {
                var recipients = await people.ChapterRecipientsAsync(chapter.ContentItemId, CancellationToken.None);
                await TellAsync(workflow, activity, recipients, $"The secretariat term of {chapter.DisplayText} ends on {end:yyyy-MM-dd}",
                    $"The term '{term.DisplayText}' ends on {end:yyyy-MM-dd}. The general body should elect the next secretariat; submit the result in the admin once it is known.");
                ending.Add(new JsonObject { ["Chapter"] = chapter.DisplayText, ["Term"] = term.DisplayText, ["End"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Recipients"] = recipients });
                await audit.RecordAsync(TermEnding, "workflow", term, $"{chapter.DisplayText}: the term ends {end:yyyy-MM-dd}; told {recipients}", CancellationToken.None);
            }
            if (end < today && !await AuditedAsync(ElectionDue, term.ContentItemId))
            {
                await MarkElectionDueAsync(chapter, term);
            }
        }
        workflow.Properties["TermsEnding"] = ending;
        workflow.LastResult = ending.Count;
        return ActivityResult.Outcomes("Done");
    }

    private async Task MarkElectionDueAsync(ContentItem chapter, ContentItem term)
    {
        if (await SecretariatTerms.SecretariatOfAsync(reader, chapter.ContentItemId, CancellationToken.None) is not { } secretariat)
        {
            return;
        }
        var changed = secretariat.Clone();
        changed.GetOrCreatePart(SecretariatTypes.Secretariat)["ElectionStatus"] = new JsonObject { ["Text"] = "election-due" };
        var saved = await content.UpdateAsync(changed, secretariat.ContentItemVersionId, publish: secretariat.Published);
        if (!saved.Succeeded)
        {
            throw new ActivityFaultException($"{secretariat.DisplayText} could not be marked 'election due': {string.Join(" ", saved.Errors.Select(e => e.Message))}");
        }
        await audit.RecordAsync(ElectionDue, "workflow", term, $"{chapter.DisplayText}: the term ended; the secretariat is marked 'election due'.", CancellationToken.None);
    }

    /// <summary>Mails the chapter; a chapter without addresses, or a mail that fails, is noted in the journal and does not stop the others.</summary>
    private async Task TellAsync(WorkflowContext workflow, ActivityContext activity, string recipients, string subject, string body)
    {
        if (!InternetAddressList.TryParse(recipients, out var to) || to.Count == 0 || mail.Options.DefaultSender is not { } sender)
        {
            workflow.Journal(activity.ActivityId, "Warning", $"{subject}: nobody to tell (no user is scoped to the chapter, or no sender is configured).");
            return;
        }
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = body } };
        message.From.Add(MailboxAddress.Parse(sender));
        message.To.AddRange(to);
        try
        {
            await mail.SendAsync(message, CancellationToken.None);
        }
        catch (MailDeliveryException e)
        {
            workflow.Journal(activity.ActivityId, "Warning", $"{subject}: {e.Message}");
        }
    }

    private Task<bool> AuditedAsync(string eventName, string contentItemId) =>
        db.AuditEvents.AnyAsync(a => a.EventName == eventName && a.ContentItemId == contentItemId);
}
