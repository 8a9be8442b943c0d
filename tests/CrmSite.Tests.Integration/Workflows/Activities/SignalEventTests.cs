using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using CrmSite.Workflows.Activities.Signals;
using CrmSite.Workflows.Api;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Recipes;
using CrmSite.Workflows.Store;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Workflows.Activities;

/// <summary>SignalEvent and its signed URLs: an instance halts on the signal and the URL resumes it, anonymously.</summary>
public abstract class SignalEventTests(ActivitySiteFixture fixture)
{
    private ActivitySite Site => fixture.Site;

    [SkippableFact]
    public async Task SignalUrl_ResumesTheHaltedInstance_WhenTheTypeWasExportedAndImportedAgain()
    {
        var (typeId, id) = await StartHaltedAsync();
        var url = (await Site.InstancesAsync(typeId)).Single().State.Properties["SignalUrl"]!.GetValue<string>();
        var exported = await ExportAsync(typeId);
        await Site.ImportAsync(exported);
        using var anonymous = Site.CreateClient();

        using var response = await anonymous.GetAsync(url);
        var answer = await response.Content.ReadFromJsonAsync<SignalsResult>();
        var instance = Assert.Single(await Site.InstancesAsync(typeId));
        using var admin = await Site.CreateApiClientAsync("Administrator");
        var item = await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/content/{id}?status=latest");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(new SignalsResult("approve", 1), answer);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(id, instance.CorrelationId);
        Assert.Equal("Approved", item!["DisplayText"]!.GetValue<string>());
        Assert.Equal("workflow", item["Author"]!.GetValue<string>());
        Assert.Equal(["created", "url", "wait", "approved"], instance.State.ExecutedActivities.Select(a => a.ActivityId).Distinct());
    }

    [SkippableFact]
    public async Task SignalUrl_IsRefusedAndResumesNothing_WhenTheTokenIsTamperedExpiredOrMalformed()
    {
        var (typeId, id) = await StartHaltedAsync();
        var url = (await Site.InstancesAsync(typeId)).Single().State.Properties["SignalUrl"]!.GetValue<string>();
        var token = url[(url.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[0]));
        var tampered = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.Replace(id, "otheritem", StringComparison.Ordinal))) + "." + token.Split('.')[1];
        var expired = await ExpiredTokenAsync(id);
        using var anonymous = Site.CreateClient();

        using var forged = await anonymous.GetAsync($"{SignalUrls.Path}?token={tampered}");
        using var late = await anonymous.PostAsync($"{SignalUrls.Path}?token={expired}", null);
        using var garbage = await anonymous.GetAsync($"{SignalUrls.Path}?token=not-a-token");
        using var missing = await anonymous.GetAsync(SignalUrls.Path);
        var instance = Assert.Single(await Site.InstancesAsync(typeId));

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("not signed by this site", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        Assert.Contains("expired", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(WorkflowStatus.Halted, instance.Status);
    }

    [SkippableFact]
    public async Task SignalUrl_ResumesByCorrelationIdOnlyForItsSignal_WhenItNamesNoInstance()
    {
        var (typeId, id) = await StartHaltedAsync();
        using var scope = Site.Services.CreateScope();
        var urls = scope.ServiceProvider.GetRequiredService<SignalUrls>();
        var reject = await urls.CreateAsync("reject", id);
        var approve = await urls.CreateAsync("approve", id);
        using var anonymous = Site.CreateClient();

        using var rejected = await anonymous.PostAsync(reject, null);
        var afterReject = Assert.Single(await Site.InstancesAsync(typeId));
        using var approved = await anonymous.PostAsync(approve, null);
        var afterApprove = Assert.Single(await Site.InstancesAsync(typeId));

        Assert.Equal(new SignalsResult("reject", 0), await rejected.Content.ReadFromJsonAsync<SignalsResult>());
        Assert.Equal(WorkflowStatus.Halted, afterReject.Status);
        Assert.Equal(new SignalsResult("approve", 1), await approved.Content.ReadFromJsonAsync<SignalsResult>());
        Assert.Equal(WorkflowStatus.Finished, afterApprove.Status);
    }

    /// <summary>A workflow that makes a signal URL for its item, waits for "approve", then retitles the item.</summary>
    private async Task<(string TypeId, string ItemId)> StartHaltedAsync()
    {
        var contentType = await Site.DefineContentTypeAsync();
        var typeId = await Site.ImportWorkflowAsync(
            [
                ("created", "ContentCreatedEvent", new { ContentTypeFilter = new[] { contentType } }),
                ("url", "SetPropertyTask", new { PropertyName = "SignalUrl", Value = new { Expression = "signalUrl('approve')" } }),
                ("wait", "SignalEvent", new { SignalName = new { Expression = "approve" } }),
                ("approved", "UpdateContentTask", new { ContentProperties = new { Expression = """{"TitlePart":{"Title":"Approved"}}""" } }),
            ],
            ("created", "Done", "url"), ("url", "Done", "wait"), ("wait", "Done", "approved"));
        using var client = await Site.CreateApiClientAsync("Administrator");
        var id = await client.CreateItemAsync(contentType, "Awaiting approval", draft: true);
        var halted = Assert.Single(await Site.InstancesAsync(typeId));
        Assert.Equal(WorkflowStatus.Halted, halted.Status);
        return (typeId, id);
    }

    private async Task<string> ExportAsync(string typeId)
    {
        using var scope = Site.Services.CreateScope();
        var type = await scope.ServiceProvider.GetRequiredService<WorkflowTypeStore>().GetAsync(typeId, CancellationToken.None);
        return WorkflowTypeStep.Export([type!]).ToJsonString();
    }

    private async Task<string> ExpiredTokenAsync(string correlationId)
    {
        var key = await Site.Services.GetRequiredService<SignalKey>().GetAsync(CancellationToken.None);
        return new SignalToken("approve", correlationId, null, DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds()).Protect(key);
    }
}

public sealed class SignalEventSqliteTests(ActivitySqliteSite fixture) : SignalEventTests(fixture), IClassFixture<ActivitySqliteSite>;

public sealed class SignalEventPostgresTests(ActivityPostgresSite fixture) : SignalEventTests(fixture), IClassFixture<ActivityPostgresSite>;
