using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Management;
using CrmSite.Tests.Integration.GraphQL;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Tests.Integration.Secretariats.Elections;

/// <summary>
/// The election workflow through GraphQL: an officer submits, another officer of the chapter approves, the new term
/// is public; the submitter cannot approve, other chapters see nothing, and nothing unapproved is ever public.
/// </summary>
public abstract class ElectionWorkflowTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task ValidResult_WaitsForAnotherOfficerOfTheChapter_AndItsApprovalOpensTheNewTerm()
    {
        var organization = await ElectionCalls.OrganizationAsync(Site, ElectionCalls.Sindh);
        using var submitter = await ElectionCalls.OfficerAsync(Site, ElectionCalls.Sindh);
        using var approver = await ElectionCalls.OfficerAsync(Site, ElectionCalls.Sindh);
        using var punjab = await ElectionCalls.OfficerAsync(Site, ElectionCalls.Punjab);
        using var anonymous = Site.CreateClient();

        var submitted = await ElectionCalls.SubmitAsync(submitter, ElectionCalls.Result(ElectionCalls.Sindh, organization, "2031-07-01", "2033-06-30"));
        var id = submitted["electionResult"]!["contentItemId"]!.GetValue<string>();
        var workflowId = submitted["workflowId"]!.GetValue<string>();
        var beforeApproval = await anonymous.GetAsync($"/api/content/{id}");
        var submitterTasks = await ElectionCalls.TasksAsync(submitter);
        var approverTasks = await ElectionCalls.TasksAsync(approver);
        var punjabTasks = await ElectionCalls.TasksAsync(punjab);
        var (ownStatus, ownBody) = await ElectionCalls.CompleteAsync(submitter, workflowId, "Approve");
        var (punjabStatus, punjabBody) = await ElectionCalls.CompleteAsync(punjab, workflowId, "Approve");
        var (approveStatus, approveBody) = await ElectionCalls.CompleteAsync(approver, workflowId, "Approve");
        var afterApproval = await anonymous.GetAsync($"/api/content/{id}");
        var sindh = await anonymous.GetFromJsonAsync<JsonObject>("/api/secretariats/sindh");

        Assert.Equal("AwaitingApproval", submitted["status"]!.GetValue<string>());
        Assert.Empty(submitted["reasons"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, beforeApproval.StatusCode);
        Assert.DoesNotContain(submitterTasks, t => t!["workflowId"]!.GetValue<string>() == workflowId);
        Assert.Contains(approverTasks, t => t!["workflowId"]!.GetValue<string>() == workflowId);
        Assert.DoesNotContain(punjabTasks, t => t!["workflowId"]!.GetValue<string>() == workflowId);
        Assert.Equal(HttpStatusCode.Forbidden, ownStatus);
        Assert.Contains("another person must decide", MutationRequests.Error(ownBody, "ACCESS_DENIED")["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("NOT_FOUND", punjabBody["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, approveStatus);
        Assert.True("Finished" == approveBody["data"]!["completeUserTask"]!.GetValue<string>(), (await WorkflowInstances.LatestForAsync(Site, id))!.FaultMessage);
        Assert.Equal(HttpStatusCode.OK, afterApproval.StatusCode);
        Assert.Contains(sindh!["terms"]!.AsArray(), t => t!["host"]?["contentItemId"]?.GetValue<string>() == organization);
    }

    [SkippableFact]
    public async Task InvalidResult_GoesBackWithEveryReason_AndTheCorrectedOneWaitsForApproval()
    {
        var punjabMember = await ElectionCalls.OrganizationAsync(Site, ElectionCalls.Punjab);
        var member = await ElectionCalls.OrganizationAsync(Site, ElectionCalls.National);
        using var officer = await ElectionCalls.OfficerAsync(Site, ElectionCalls.National);

        var sentBack = await ElectionCalls.SubmitAsync(officer,
            ElectionCalls.Result(ElectionCalls.National, punjabMember, "2031-01-01", "2032-12-31", nominations: 1, cast: 40, votesFor: 12));
        var reasons = sentBack["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        var id = sentBack["electionResult"]!["contentItemId"]!.GetValue<string>();
        var item = await MutationRequests.StoredAsync(Site, id, VersionOptions.Latest);
        var part = item!.Part("ElectionResult")!;
        part["ElectedOrganization"] = new JsonObject { ["ContentItemIds"] = new JsonArray(member) };
        part["TermEnd"] = new JsonObject { ["Value"] = "2031-12-31T00:00:00Z" };
        part["Nominations"] = new JsonObject { ["Value"] = 3 };
        part["VotesForElected"] = new JsonObject { ["Value"] = 22 };
        var (saveStatus, saveBody) = await MutationRequests.PostAsync(officer.Client,
            "mutation Save($item: String!) { saveDraft(contentItem: $item) { contentItemId } }", new JsonObject { ["item"] = item.ToJson() });
        var instance = await WorkflowInstances.LatestForAsync(Site, id);

        Assert.Equal("ChangesRequested", sentBack["status"]!.GetValue<string>());
        Assert.Contains(reasons, r => r.Contains("is not a member of National chapter", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("lasts 12 months", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("A vote needs at least two nominations", StringComparison.Ordinal));
        Assert.True(saveStatus == HttpStatusCode.OK, saveBody.ToJsonString());
        Assert.Equal(["UserTaskEvent"], instance!.BlockingActivities.Select(b => b.Name));
        Assert.Empty(instance.State.Properties["Reasons"]!.AsArray());
        Assert.Null(await MutationRequests.StoredAsync(Site, id, VersionOptions.Published));
    }

    [SkippableFact]
    public async Task Submission_IsRefusedNamingTheField_WhenItsVotesCannotBeSaved()
    {
        var organization = await ElectionCalls.OrganizationAsync(Site, ElectionCalls.Sindh);
        using var officer = await ElectionCalls.OfficerAsync(Site, ElectionCalls.Sindh);

        var (status, body) = await MutationRequests.PostAsync(officer.Client, ElectionCalls.Submit,
            ElectionCalls.Result(ElectionCalls.Sindh, organization, "2031-01-01", "2032-12-31", cast: 40, votesFor: 45));
        var (badDateStatus, badDateBody) = await MutationRequests.PostAsync(officer.Client, ElectionCalls.Submit,
            ElectionCalls.Result(ElectionCalls.Sindh, organization, "1 July 2031", "2032-12-31"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("cannot exceed VotesCast", MutationRequests.Messages(MutationRequests.Error(body, "INVALID"), "ElectionResult.VotesForElected")[0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, badDateStatus);
        Assert.Contains("YYYY-MM-DD", MutationRequests.Messages(MutationRequests.Error(badDateBody, "INVALID"), "termStart")[0], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SubmissionForAnotherChapter_IsRefused()
    {
        var organization = await ElectionCalls.OrganizationAsync(Site, ElectionCalls.Sindh);
        using var punjab = await ElectionCalls.OfficerAsync(Site, ElectionCalls.Punjab);
        var before = await MutationRequests.VersionCountAsync(Site);

        var (status, body) = await MutationRequests.PostAsync(punjab.Client, ElectionCalls.Submit,
            ElectionCalls.Result(ElectionCalls.Sindh, organization, "2031-01-01", "2032-12-31"));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("SubmitElectionResult", MutationRequests.Error(body, "ACCESS_DENIED")["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await MutationRequests.VersionCountAsync(Site));
    }

    [SkippableFact]
    public async Task ElectionResult_CannotBeWrittenThroughSaveDraft_WithoutSubmitElectionResult()
    {
        var organization = await ElectionCalls.OrganizationAsync(Site, ElectionCalls.Sindh);
        using var contributor = await MutationRequests.SignInAsync(Site, ["Contributor"], ElectionCalls.Sindh);
        var result = ElectionCalls.Result(ElectionCalls.Sindh, organization, "2031-01-01", "2032-12-31");
        var item = new JsonObject
        {
            ["ContentType"] = "ElectionResult",
            ["TitlePart"] = new JsonObject { ["Title"] = "Written by a contributor" },
            ["ElectionResult"] = new JsonObject
            {
                ["Chapter"] = new JsonObject { ["ContentItemIds"] = new JsonArray(ElectionCalls.Sindh) },
                ["ElectedOrganization"] = new JsonObject { ["ContentItemIds"] = new JsonArray(organization) },
                ["Method"] = new JsonObject { ["Text"] = result["method"]!.GetValue<string>() },
            },
        };

        var (status, body) = await MutationRequests.PostAsync(contributor,
            "mutation Save($item: String!) { saveDraft(contentItem: $item) { contentItemId } }", new JsonObject { ["item"] = item.ToJsonString() });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("SubmitElectionResult", MutationRequests.Error(body, "ACCESS_DENIED")["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ChapterEditor_CannotPublishASubmittedResultPastTheApproval()
    {
        var organization = await ElectionCalls.OrganizationAsync(Site, ElectionCalls.Sindh);
        using var officer = await ElectionCalls.OfficerAsync(Site, ElectionCalls.Sindh);
        using var editor = await MutationRequests.SignInAsync(Site, ["Editor"], ElectionCalls.Sindh);
        var submitted = await ElectionCalls.SubmitAsync(officer, ElectionCalls.Result(ElectionCalls.Sindh, organization, "2061-01-01", "2062-12-31"));
        var id = submitted["electionResult"]!["contentItemId"]!.GetValue<string>();

        var (status, body) = await MutationRequests.PostAsync(editor,
            "mutation Publish($id: String!) { publish(contentItemId: $id) { contentItemId } }", new JsonObject { ["id"] = id });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("ApproveElectionResult", MutationRequests.Error(body, "ACCESS_DENIED")["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await MutationRequests.StoredAsync(Site, id, VersionOptions.Published));
    }

    [SkippableFact]
    public async Task Rejection_NeedsAReason_RecordsIt_AndTheResultStaysUnpublished()
    {
        var organization = await ElectionCalls.OrganizationAsync(Site, ElectionCalls.Punjab);
        using var submitter = await ElectionCalls.OfficerAsync(Site, ElectionCalls.Punjab);
        using var approver = await ElectionCalls.OfficerAsync(Site, ElectionCalls.Punjab);
        var submitted = await ElectionCalls.SubmitAsync(submitter, ElectionCalls.Result(ElectionCalls.Punjab, organization, "2031-03-01", "2033-02-28"));
        var id = submitted["electionResult"]!["contentItemId"]!.GetValue<string>();
        var workflowId = submitted["workflowId"]!.GetValue<string>();

        var (noReasonStatus, noReasonBody) = await ElectionCalls.CompleteAsync(approver, workflowId, "Reject");
        var (rejectStatus, _) = await ElectionCalls.CompleteAsync(approver, workflowId, "Reject", "The minutes are not signed.");
        var instance = await WorkflowInstances.LatestForAsync(Site, id);
        var audited = await Site.WithStoreAsync(db => db.AuditEvents.Where(a => a.ContentItemId == id).Select(a => a.EventName + ": " + a.Details).ToListAsync());

        Assert.Equal(HttpStatusCode.OK, noReasonStatus);
        Assert.Contains("needs a comment", MutationRequests.Error(noReasonBody, "INVALID")["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rejectStatus);
        Assert.Equal("Rejected", instance!.State.Properties["Decision"]!.GetValue<string>());
        Assert.Equal("The minutes are not signed.", instance.State.Properties["RejectionReason"]!.GetValue<string>());
        Assert.Contains(audited, a => a.Contains("Reject (The minutes are not signed.)", StringComparison.Ordinal));
        Assert.Null(await MutationRequests.StoredAsync(Site, id, VersionOptions.Published));
    }

    [SkippableFact]
    public async Task ApprovalOfAnEarlierVersion_NeverPublishesALaterEdit_ItIsCheckedAndApprovedAgain()
    {
        var organization = await ElectionCalls.OrganizationAsync(Site, ElectionCalls.Balochistan);
        using var submitter = await ElectionCalls.OfficerAsync(Site, ElectionCalls.Balochistan);
        using var approver = await ElectionCalls.OfficerAsync(Site, ElectionCalls.Balochistan);
        var submitted = await ElectionCalls.SubmitAsync(submitter, ElectionCalls.Result(ElectionCalls.Balochistan, organization, "2031-05-01", "2033-04-30"));
        var id = submitted["electionResult"]!["contentItemId"]!.GetValue<string>();
        var workflowId = submitted["workflowId"]!.GetValue<string>();
        var item = await MutationRequests.StoredAsync(Site, id, VersionOptions.Latest);
        item!.Part("ElectionResult")!["VotesCast"] = new JsonObject { ["Value"] = 41 };
        await MutationRequests.PostAsync(submitter.Client, "mutation Save($item: String!) { saveDraft(contentItem: $item) { contentItemId } }",
            new JsonObject { ["item"] = item.ToJson() });

        var (firstStatus, firstBody) = await ElectionCalls.CompleteAsync(approver, workflowId, "Approve");
        var afterFirst = await MutationRequests.StoredAsync(Site, id, VersionOptions.Published);
        var (secondStatus, secondBody) = await ElectionCalls.CompleteAsync(approver, workflowId, "Approve");
        var published = await MutationRequests.StoredAsync(Site, id, VersionOptions.Published);

        Assert.True(HttpStatusCode.OK == firstStatus, firstBody.ToJsonString());
        Assert.Equal("Halted", firstBody["data"]!["completeUserTask"]!.GetValue<string>());
        Assert.Null(afterFirst);
        Assert.Equal(HttpStatusCode.OK, secondStatus);
        Assert.Equal("Finished", secondBody["data"]!["completeUserTask"]!.GetValue<string>());
        Assert.Equal(41m, published!.Part("ElectionResult")!["VotesCast"]!["Value"]!.GetValue<decimal>());
    }
}

public sealed class ElectionWorkflowSqliteTests(SqliteSite fixture) : ElectionWorkflowTests(fixture), IClassFixture<SqliteSite>;

public sealed class ElectionWorkflowPostgresTests(PostgresSite fixture) : ElectionWorkflowTests(fixture), IClassFixture<PostgresSite>;
