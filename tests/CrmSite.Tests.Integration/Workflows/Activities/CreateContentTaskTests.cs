using System.Net;
using System.Text.Json.Nodes;
using CrmSite.Workflows.Model;

namespace CrmSite.Tests.Integration.Workflows.Activities;

/// <summary>CreateContentTask inside a workflow started by publishing an item through the REST API.</summary>
public abstract class CreateContentTaskTests(ActivitySiteFixture fixture)
{
    private ActivitySite Site => fixture.Site;

    [SkippableFact]
    public async Task CreateContentTask_TakesDoneWithTheNewDraft_WhenItsPropertiesMakeAValidItem()
    {
        var (source, target) = (await Site.DefineContentTypeAsync(), await Site.DefineContentTypeAsync());
        var typeId = await ImportAsync(source, target, """{"TitlePart":{"Title":"Copy of {{ ContentItem.DisplayText }}"}}""");
        using var client = await Site.CreateApiClientAsync("Administrator");

        var id = await client.CreateItemAsync(source, "He said \"hi\" <b>now</b>");
        var instance = Assert.Single(await Site.InstancesAsync(typeId));
        var created = Assert.IsType<JsonObject>(instance.State.LastResult);
        using var stored = await client.GetAsync($"/api/content/{created["ContentItemId"]}?status=latest");

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(id, instance.CorrelationId);
        Assert.Equal(["Done"], instance.State.ExecutedActivities.Single(a => a.ActivityId == "create").Outcomes);
        Assert.Equal("Copy of He said \"hi\" <b>now</b>", created["DisplayText"]!.GetValue<string>());
        Assert.Equal(target, created["ContentType"]!.GetValue<string>());
        Assert.False(created["Published"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }

    [SkippableFact]
    public async Task CreateContentTask_TakesFailedWithTheErrors_WhenTheItemIsRefused()
    {
        var (source, target) = (await Site.DefineContentTypeAsync(), await Site.DefineContentTypeAsync());
        var typeId = await ImportAsync(source, target, """{"TitlePart":{"Title":"x"},"AutoroutePart":{"Path":"a\u0001b"}}""");
        using var client = await Site.CreateApiClientAsync("Administrator");

        await client.CreateItemAsync(source, "Source");
        var instance = Assert.Single(await Site.InstancesAsync(typeId));

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["Failed"], instance.State.ExecutedActivities.Single(a => a.ActivityId == "create").Outcomes);
        Assert.Equal("failed", instance.State.ExecutedActivities.Last().ActivityId);
        var result = Assert.IsType<JsonObject>(instance.State.LastResult);
        Assert.Equal("Invalid", result["Failure"]!.GetValue<string>());
        Assert.Contains(result["Errors"]!.AsArray(), e => e!["Member"]!.GetValue<string>().StartsWith("AutoroutePart", StringComparison.Ordinal));
        Assert.Contains(instance.State.Journal, j => j.ActivityId == "create" && j.Text.Contains("AutoroutePart", StringComparison.Ordinal));
    }

    private Task<string> ImportAsync(string source, string target, string properties) => Site.ImportWorkflowAsync(
        [
            ("published", "ContentPublishedEvent", new { ContentTypeFilter = new[] { source } }),
            ("create", "CreateContentTask", new { ContentType = target, Publish = false, ContentProperties = new { Expression = properties } }),
            ("done", "LogTask", new { Text = new { Expression = "created" } }),
            ("failed", "LogTask", new { Text = new { Expression = "refused" } }),
        ],
        ("published", "Done", "create"), ("create", "Done", "done"), ("create", "Failed", "failed"));
}

public sealed class CreateContentTaskSqliteTests(ActivitySqliteSite fixture) : CreateContentTaskTests(fixture), IClassFixture<ActivitySqliteSite>;

public sealed class CreateContentTaskPostgresTests(ActivityPostgresSite fixture) : CreateContentTaskTests(fixture), IClassFixture<ActivityPostgresSite>;
