using System.Net;
using AngleSharp.Html.Parser;
using CrmSite.Tests.Integration.Admin;
using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Model;

namespace CrmSite.Tests.Integration.Workflows.Admin;

/// <summary>The instances of a type, and an instance's page: its fault, its history, and Retry.</summary>
public abstract class WorkflowInstancePagesTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task InstancePage_ShowsTheFault_AndRetryRunsTheFaultedActivityAgain()
    {
        var typeId = WorkflowSites.NewTypeId();
        await Site.ImportAsync(WorkflowAdminSites.Recipe(WorkflowAdminSites.ScriptType(typeId, "Faulty " + typeId[..6], "throw new Error('boom <b>')")));
        var instance = await WorkflowAdminSites.StartAsync(Site, typeId);
        using var admin = await SignInPages.SignedInAsNewUserAsync(Site, "Administrator");
        var path = "/admin/workflows/instances/" + instance.WorkflowId;

        var before = await admin.GetStringAsync(path);
        var document = new HtmlParser().ParseDocument(before);
        await Task.Delay(20);
        using var retried = await WorkflowAdminSites.SubmitAsync(admin, path, "form[action*='Retry']", _ => { });
        var after = await WorkflowAdminSites.InstanceAsync(Site, instance.WorkflowId);
        var audit = await admin.GetStringAsync("/admin/audit?event=WorkflowRetried");

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Equal("Faulted", document.QuerySelector("dd[data-status]")!.GetAttribute("data-status"));
        Assert.Contains("boom <b>", document.QuerySelector(".fault-message")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("boom &lt;b&gt;", before, StringComparison.Ordinal);
        // An activity that faults is not among those that ran.
        Assert.Equal(["created"], document.QuerySelectorAll("table.executed-activities tbody tr").Select(r => r.GetAttribute("data-activity-id")));
        Assert.Contains("\"ContentType\": \"Page\"", document.QuerySelector("pre[data-state=input]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.NotNull(after);
        Assert.Equal(WorkflowStatus.Faulted, after.Status);
        Assert.True(after.UpdatedUtc > instance.UpdatedUtc, $"{after.UpdatedUtc:O} after {instance.UpdatedUtc:O}");
        Assert.Equal(["created"], after.State.ExecutedActivities.Select(a => a.ActivityId));
        Assert.Equal("script", after.State.Properties["_FaultedActivityId"]?.GetValue<string>());
        Assert.Contains("boom", after.FaultMessage, StringComparison.Ordinal);
        Assert.Contains(instance.WorkflowId, audit, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task InstancesPage_FiltersByStatus_AndRefusesAStatusThatIsNotOne()
    {
        var typeId = WorkflowSites.NewTypeId();
        await Site.ImportAsync(WorkflowAdminSites.Recipe(WorkflowAdminSites.ScriptType(typeId, "Mixed " + typeId[..6], "setOutcome('Done');")));
        var finished = await WorkflowAdminSites.StartAsync(Site, typeId);
        using var admin = await SignInPages.SignedInAsNewUserAsync(Site, "Administrator");
        var path = $"/admin/workflows/{typeId}/instances";

        var all = new HtmlParser().ParseDocument(await admin.GetStringAsync(path));
        var faulted = new HtmlParser().ParseDocument(await admin.GetStringAsync(path + "?status=faulted"));
        using var bad = await admin.GetAsync(path + "?status=Sleeping");
        var list = await admin.GetStringAsync("/admin/workflows");

        Assert.Equal([finished.WorkflowId], all.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-workflow-id")));
        Assert.Empty(faulted.QuerySelectorAll("tbody tr"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("is not a status", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var row = new HtmlParser().ParseDocument(list).QuerySelector($"tr[data-workflow-type-id='{typeId}']")!;
        Assert.Contains(": 1", row.QuerySelector($"li[data-status={finished.Status}]")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class WorkflowInstancePagesSqliteTests(SqliteSite fixture) : WorkflowInstancePagesTests(fixture), IClassFixture<SqliteSite>;

public sealed class WorkflowInstancePagesPostgresTests(PostgresSite fixture) : WorkflowInstancePagesTests(fixture), IClassFixture<PostgresSite>;
