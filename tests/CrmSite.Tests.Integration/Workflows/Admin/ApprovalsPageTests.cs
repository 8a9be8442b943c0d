using System.Net;
using AngleSharp.Html.Parser;
using CrmSite.Tests.Integration.Admin;
using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Model;

namespace CrmSite.Tests.Integration.Workflows.Admin;

/// <summary>
/// <c>/admin/approvals</c>: a task shows only to those who may complete it; completing it resumes the instance;
/// others get nothing in the inbox and 404 for a crafted POST; the submitter is told someone else must decide.
/// </summary>
public abstract class ApprovalsPageTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Inbox_ShowsTheTaskToAnEditor_WhoseApprovalResumesTheInstance_WhenTheyDidNotSubmitIt()
    {
        var (instance, pageId, title, submitter) = await WaitingAsync();
        var (approverName, _) = await CookieUsers.CreateAsync(Site, ["Editor"], []);
        var (outsiderName, _) = await CookieUsers.CreateAsync(Site, ["Author"], []);
        using var approver = await SignInPages.SignedInAsync(Site, approverName);
        using var outsider = await SignInPages.SignedInAsync(Site, outsiderName);
        using var own = await SignInPages.SignedInAsync(Site, submitter);
        var selector = $"article[data-workflow-id='{instance.WorkflowId}'][data-activity-id='approval']";

        var approverInbox = new HtmlParser().ParseDocument(await approver.GetStringAsync("/admin/approvals"));
        var outsiderInbox = new HtmlParser().ParseDocument(await outsider.GetStringAsync("/admin/approvals"));
        var ownInbox = new HtmlParser().ParseDocument(await own.GetStringAsync("/admin/approvals"));
        using var crafted = await CompleteAsync(outsider, instance.WorkflowId, "Approve");
        using var ownAnswer = await CompleteAsync(own, instance.WorkflowId, "Approve");
        var ownHtml = await ownAnswer.Content.ReadAsStringAsync();
        using var unknown = await CompleteAsync(approver, instance.WorkflowId, "Maybe");
        var stillWaiting = await WorkflowAdminSites.InstanceAsync(Site, instance.WorkflowId);
        using var approved = await CompleteAsync(approver, instance.WorkflowId, "Approve", "Looks right");
        var resumed = await WorkflowAdminSites.InstanceAsync(Site, instance.WorkflowId);
        using var again = await CompleteAsync(approver, instance.WorkflowId, "Reject");

        var task = approverInbox.QuerySelector(selector);
        Assert.NotNull(task);
        Assert.Contains("Approve pages", task.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(title, task.QuerySelector($"a[href='/admin/content/Page/{pageId}']")!.TextContent);
        Assert.Equal(["Approve", "Reject"], task.QuerySelectorAll("button[name=action]").Select(b => b.GetAttribute("value")));
        Assert.NotNull(task.QuerySelector("textarea[name=comment]"));
        Assert.Null(outsiderInbox.QuerySelector(selector));
        Assert.Null(ownInbox.QuerySelector(selector));
        Assert.Equal(HttpStatusCode.NotFound, crafted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ownAnswer.StatusCode);
        Assert.Contains("You submitted this; someone else must decide.", ownHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(WorkflowStatus.Halted, stillWaiting!.Status);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(WorkflowStatus.Finished, resumed!.Status);
        Assert.Equal(["created", "approval", "approval", "approved"], resumed.State.ExecutedActivities.Select(a => a.ActivityId));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [SkippableFact]
    public async Task Inbox_Says_WhenNothingIsWaiting()
    {
        using var author = await SignInPages.SignedInAsNewUserAsync(Site, "Author");

        using var inbox = await author.GetAsync("/admin/approvals");
        var html = await inbox.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.Contains("Nothing is waiting for you.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/approvals\"", html, StringComparison.Ordinal);
    }

    /// <summary>An approval waiting on a new page that a new Editor submitted: the instance, the page id and title, the submitter's name.</summary>
    private async Task<(WorkflowInstance Instance, string PageId, string Title, string Submitter)> WaitingAsync()
    {
        var typeId = WorkflowSites.NewTypeId();
        await Site.ImportAsync(WorkflowAdminSites.Recipe(WorkflowAdminSites.ApprovalType(typeId, "Approve pages " + typeId[..6])));
        var (submitter, submitterId) = await CookieUsers.CreateAsync(Site, ["Editor"], []);
        using var api = await Site.CreateApiClientAsync("Editor");
        var title = "Needs approval " + typeId[..6];
        var page = await Pages.CreateAsync(api, title);
        var instance = await WorkflowAdminSites.StartAsync(Site, typeId, submitterId, Pages.Id(page));
        Assert.Equal(WorkflowStatus.Halted, instance.Status);
        return (instance, Pages.Id(page), title, submitter);
    }

    private static async Task<HttpResponseMessage> CompleteAsync(HttpClient browser, string workflowId, string action, string comment = "")
    {
        var token = SignInPages.Field(await browser.GetStringAsync("/admin/approvals"), "__RequestVerificationToken");
        return await browser.PostAsync("/admin/approvals", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["workflowId"] = workflowId,
            ["activityId"] = "approval",
            ["action"] = action,
            ["comment"] = comment,
        }));
    }
}

public sealed class ApprovalsPageSqliteTests(SqliteSite fixture) : ApprovalsPageTests(fixture), IClassFixture<SqliteSite>;

public sealed class ApprovalsPagePostgresTests(PostgresSite fixture) : ApprovalsPageTests(fixture), IClassFixture<PostgresSite>;
