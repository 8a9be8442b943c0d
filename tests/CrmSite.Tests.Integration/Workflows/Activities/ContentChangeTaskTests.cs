using System.Net;
using CrmSite.Workflows.Model;

namespace CrmSite.Tests.Integration.Workflows.Activities;

/// <summary>Update, retrieve, publish, unpublish and delete tasks on the item that started the workflow.</summary>
public abstract class ContentChangeTaskTests(ActivitySiteFixture fixture)
{
    private ActivitySite Site => fixture.Site;

    [SkippableFact]
    public async Task ContentTasks_TakeTheirOutcomesInTurn_WhenTheyChangeTheWorkflowsItem()
    {
        var contentType = await Site.DefineContentTypeAsync();
        var typeId = await Site.ImportWorkflowAsync(
            [
                ("created", "ContentCreatedEvent", new { ContentTypeFilter = new[] { contentType } }),
                ("update", "UpdateContentTask", new { ContentProperties = new { Expression = """{"TitlePart":{"Title":"{{ ContentItem.DisplayText }} (checked)"}}""" }, Publish = false }),
                ("retrieve", "RetrieveContentTask", new { Content = new { Expression = "correlationId()" } }),
                ("remember", "SetPropertyTask", new { PropertyName = "Title", Value = new { Expression = "lastResult().DisplayText" } }),
                ("publish", "PublishContentTask", new { }),
                ("unpublish", "UnpublishContentTask", new { Content = new { Expression = "lastResult()" } }),
                ("missing", "RetrieveContentTask", new { Content = new { Expression = "'nosuchitem'" } }),
                ("delete", "DeleteContentTask", new { }),
            ],
            ("created", "Done", "update"), ("update", "Done", "retrieve"), ("retrieve", "Done", "remember"), ("remember", "Done", "publish"),
            ("publish", "Done", "unpublish"), ("unpublish", "Done", "missing"), ("missing", "NotFound", "delete"));
        using var client = await Site.CreateApiClientAsync("Administrator");

        var id = await client.CreateItemAsync(contentType, "Minutes", draft: true);
        var instance = Assert.Single(await Site.InstancesAsync(typeId));
        using var afterDelete = await client.GetAsync($"/api/content/{id}?status=latest");

        Assert.True(instance.Status == WorkflowStatus.Finished, instance.FaultMessage);
        Assert.Equal(
            ["created:Done", "update:Done", "retrieve:Done", "remember:Done", "publish:Done", "unpublish:Done", "missing:NotFound", "delete:Done"],
            instance.State.ExecutedActivities.Select(a => $"{a.ActivityId}:{string.Join(",", a.Outcomes)}"));
        Assert.Equal("Minutes (checked)", instance.State.Properties["Title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, afterDelete.StatusCode);
    }

    [SkippableFact]
    public async Task PublishContentTask_FaultsNamingTheProblem_WhenTheItemDoesNotExist()
    {
        var contentType = await Site.DefineContentTypeAsync();
        var typeId = await Site.ImportWorkflowAsync(
            [
                ("created", "ContentCreatedEvent", new { ContentTypeFilter = new[] { contentType } }),
                ("publish", "PublishContentTask", new { Content = new { Expression = "'nosuchitem'" } }),
            ],
            ("created", "Done", "publish"));
        using var client = await Site.CreateApiClientAsync("Administrator");

        await client.CreateItemAsync(contentType, "Draft", draft: true);
        var instance = Assert.Single(await Site.InstancesAsync(typeId));

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Contains("PublishContentTask (publish)", instance.FaultMessage, StringComparison.Ordinal);
        Assert.Contains("nosuchitem", instance.FaultMessage, StringComparison.Ordinal);
    }
}

public sealed class ContentChangeTaskSqliteTests(ActivitySqliteSite fixture) : ContentChangeTaskTests(fixture), IClassFixture<ActivitySqliteSite>;

public sealed class ContentChangeTaskPostgresTests(ActivityPostgresSite fixture) : ContentChangeTaskTests(fixture), IClassFixture<ActivityPostgresSite>;
