using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Store;
using CrmSite.Secretariats.ContentTypes;
using CrmSite.Workflows.Activities;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Triggers;

namespace CrmSite.Secretariats.Workflows;

/// <summary>
/// Puts an approved election result into effect, all in one transaction: the chapter's current term ends the day
/// before the new one starts, the new term is created and published, the secretariat's election status is
/// "term running", and the result is published (the version that was validated and approved, never a later edit).
/// If the result changed since it was checked, or no longer passes the rules (another result of the chapter took
/// effect meanwhile), the outcome is <c>Changed</c> and nothing is touched: it is checked again. The chapter's recipients and
/// the new term go to <c>Properties</c> for the mail and webhook that follow.
/// </summary>
public sealed class ApplyElectionResult(ContentManager content, ContentReader reader, CrmSiteDbContext db, ElectionRules rules,
    ElectionPeople people, WorkflowEvents events, WorkflowAudit audit) : TaskActivity
{
    public const string ActivityName = "ApplyElectionResult";
    public const string Applied = "ElectionResultApplied";
    private const string Part = SecretariatTypes.ElectionResult;

    public override string Name => ActivityName;

    public override IReadOnlyList<string> Outcomes(ActivityContext activity) => ["Done", "Changed"];

    public override async Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var validated = workflow.Properties["ValidatedVersionId"]?.GetValue<string>();
        var result = workflow.CorrelationId is { } id && IdGenerator.IsWellFormed(id) ? await content.GetAsync(id, VersionOptions.Latest) : null;
        if (result is null || validated is null || result.ContentItemVersionId != validated ||
            (await rules.CheckAsync(result, CancellationToken.None)).Count > 0)
        {
            return ActivityResult.Outcomes("Changed");
        }
        var chapterId = result.Id(Part, "Chapter")!;
        ContentItem term;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            try
            {
                await CloseCurrentTermAsync(chapterId, result.Date(Part, "TermStart")!.Value.Date);
                term = Succeeded(await content.CreateAsync(NewTerm(result, chapterId), publish: true), "creating the new term");
                await MarkTermRunningAsync(chapterId);
                Succeeded(await content.PublishAsync(result.ContentItemId, validated), "publishing the result");
                await transaction.CommitAsync();
            }
            catch
            {
                events.RolledBack();
                throw;
            }
        }
        await events.CommittedAsync(CancellationToken.None);
        workflow.Properties["NewTermId"] = term.ContentItemId;
        workflow.Properties["ChapterName"] = (await content.GetAsync(chapterId))?.DisplayText;
        workflow.Properties["ChapterRecipients"] = await people.ChapterRecipientsAsync(chapterId, CancellationToken.None);
        workflow.LastResult = term.ContentItemId;
        await audit.RecordAsync(Applied, "workflow", result, $"New term {term.ContentItemId}: {term.DisplayText}", CancellationToken.None);
        return ActivityResult.Outcomes("Done");
    }

    private async Task CloseCurrentTermAsync(string chapterId, DateTime newStart)
    {
        var current = await SecretariatTerms.LatestAsync(reader, chapterId, CancellationToken.None);
        var end = current?.Date(SecretariatTypes.SecretariatTerm, "End");
        if (current is null || (end is { } e && e.Date < newStart))
        {
            return;
        }
        var closed = current.Clone();
        closed.GetOrCreatePart(SecretariatTypes.SecretariatTerm)["End"] = DateValue(newStart.AddDays(-1));
        Succeeded(await content.UpdateAsync(closed, current.ContentItemVersionId, publish: true), "ending the current term");
    }

    private async Task MarkTermRunningAsync(string chapterId)
    {
        if (await SecretariatTerms.SecretariatOfAsync(reader, chapterId, CancellationToken.None) is not { } secretariat)
        {
            return;
        }
        var changed = secretariat.Clone();
        changed.GetOrCreatePart(SecretariatTypes.Secretariat)["ElectionStatus"] = new JsonObject { ["Text"] = "term-running" };
        Succeeded(await content.UpdateAsync(changed, secretariat.ContentItemVersionId, publish: true), "updating the secretariat");
    }

    private static ContentItem NewTerm(ContentItem result, string chapterId)
    {
        var start = result.Date(Part, "TermStart")!.Value;
        var end = result.Date(Part, "TermEnd")!.Value;
        var term = new ContentItem(SecretariatTypes.SecretariatTerm);
        term.GetOrCreatePart("TitlePart")["Title"] = string.Create(CultureInfo.InvariantCulture, $"{result.DisplayText} ({start:yyyy-MM-dd} to {end:yyyy-MM-dd})");
        var part = term.GetOrCreatePart(SecretariatTypes.SecretariatTerm);
        part["Chapter"] = Ids(chapterId);
        part["HostOrganization"] = Ids(result.Id(Part, "ElectedOrganization")!);
        part["Start"] = DateValue(start);
        part["End"] = DateValue(end);
        part["DatePrecision"] = new JsonObject { ["Text"] = "day" };
        part["Method"] = new JsonObject { ["Text"] = result.Text(Part, "Method") ?? "unknown" };
        part["Nominations"] = new JsonObject { ["Value"] = result.Number(Part, "Nominations") };
        part["VotesCast"] = new JsonObject { ["Value"] = result.Number(Part, "VotesCast") };
        part["VotesForHost"] = new JsonObject { ["Value"] = result.Number(Part, "VotesForElected") };
        part["ElectionCommission"] = new JsonObject { ["Text"] = result.Text(Part, "ElectionCommission") };
        part["Note"] = new JsonObject { ["Text"] = $"From the approved election result {result.ContentItemId}." };
        part["Source"] = result.Part(Part)?["Source"]?.DeepClone() ?? new JsonObject();
        return term;
    }

    private static JsonObject Ids(string id) => new() { ["ContentItemIds"] = new JsonArray(id) };

    private static JsonObject DateValue(DateTime date) =>
        new() { ["Value"] = DateTime.SpecifyKind(date.Date, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) };

    private static ContentItem Succeeded(ContentResult result, string step) => result.Succeeded
        ? result.Item!
        : throw new ActivityFaultException($"The approved result could not be applied ({step}): {string.Join(" ", result.Errors.Select(e => e.Message))}");
}
