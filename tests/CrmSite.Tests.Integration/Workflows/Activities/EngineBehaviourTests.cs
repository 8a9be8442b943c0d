using System.Net;
using System.Text.Json.Nodes;
using CrmSite.Content.Management;
using CrmSite.Tests.Integration.GraphQL;
using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Model;

namespace CrmSite.Tests.Integration.Workflows.Activities;

/// <summary>
/// What the engine promises whatever the activities: a fault marks the instance and never fails the change that
/// started it, a loop and a runaway script are stopped, a singleton type runs one instance at a time, and a type that
/// deletes finished instances keeps none.
/// </summary>
public abstract class EngineBehaviourTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task FaultingActivity_FaultsTheInstanceWithItsMessage_AndThePublishStillSucceeds()
    {
        var type = await Site.DefineContentTypeAsync();
        var typeId = await Site.ImportWorkflowAsync(
            [("published", "ContentPublishedEvent", new { ContentTypeFilter = new[] { type } }), ("boom", "ScriptTask", new { Script = Js("throw new Error('boom')") })],
            ("published", "Done", "boom"));
        using var client = await Site.CreateApiClientAsync("Administrator");

        var id = await client.CreateItemAsync(type, "Still published");
        var instance = Assert.Single(await Site.InstancesAsync(typeId));

        Assert.NotNull(await MutationRequests.StoredAsync(Site, id, VersionOptions.Published));
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Contains("ScriptTask (boom)", instance.FaultMessage, StringComparison.Ordinal);
        Assert.Contains("boom", instance.FaultMessage!["ScriptTask (boom)".Length..], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task LoopAndRunawayScript_AreStopped_AsFaults()
    {
        var type = await Site.DefineContentTypeAsync();
        var loop = await Site.ImportWorkflowAsync(
            [("published", "ContentPublishedEvent", new { ContentTypeFilter = new[] { type } }), ("again", "IfElseTask", new { Condition = Js("true") })],
            ("published", "Done", "again"), ("again", "True", "again"));
        var runaway = await Site.ImportWorkflowAsync(
            [("published", "ContentPublishedEvent", new { ContentTypeFilter = new[] { type } }), ("spin", "ScriptTask", new { Script = Js("while (true) {}") })],
            ("published", "Done", "spin"));
        using var client = await Site.CreateApiClientAsync("Administrator");

        await client.CreateItemAsync(type, "Loops");
        var looped = Assert.Single(await Site.InstancesAsync(loop));
        var spun = Assert.Single(await Site.InstancesAsync(runaway));

        Assert.Equal(WorkflowStatus.Faulted, looped.Status);
        Assert.Contains("without halting", looped.FaultMessage, StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.Faulted, spun.Status);
        Assert.Contains("ScriptTask (spin)", spun.FaultMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SingletonType_StartsNoSecondInstance_WhileOneIsUnfinished()
    {
        var type = await Site.DefineContentTypeAsync();
        var typeId = await Site.ImportWorkflowAsync(
            [("published", "ContentPublishedEvent", new { ContentTypeFilter = new[] { type } }), ("wait", "UserTaskEvent", new { Actions = new[] { "Go" } })],
            ("published", "Done", "wait"));
        await SetFlagAsync(typeId, "IsSingleton");
        using var client = await Site.CreateApiClientAsync("Administrator");

        await client.CreateItemAsync(type, "First");
        await client.CreateItemAsync(type, "Second");

        var instance = Assert.Single(await Site.InstancesAsync(typeId));
        Assert.Equal(WorkflowStatus.Halted, instance.Status);
        Assert.Equal(["UserTaskEvent"], instance.BlockingActivities.Select(b => b.Name));
    }

    [SkippableFact]
    public async Task DeleteFinishedWorkflows_KeepsNoFinishedInstance()
    {
        var type = await Site.DefineContentTypeAsync();
        var typeId = await Site.ImportWorkflowAsync(
            [("published", "ContentPublishedEvent", new { ContentTypeFilter = new[] { type } }), ("log", "LogTask", new { Text = Js("done") })],
            ("published", "Done", "log"));
        await SetFlagAsync(typeId, "DeleteFinishedWorkflows");
        using var client = await Site.CreateApiClientAsync("Administrator");

        var response = await client.PostAsync("/api/content", new StringContent($$$"""{"ContentType":"{{{type}}}","TitlePart":{"Title":"Gone"}}""",
            System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Empty(await Site.InstancesAsync(typeId));
    }

    /// <summary>Turns a flag of an imported type on by importing it again, as Orchard's step replaces a type by id.</summary>
    private async Task SetFlagAsync(string typeId, string flag)
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(Site.Services);
        var store = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<CrmSite.Workflows.Store.WorkflowTypeStore>(scope.ServiceProvider);
        var json = System.Text.Json.JsonSerializer.SerializeToNode((await store.GetAsync(typeId, CancellationToken.None))!, CrmSite.Content.Items.ContentJson.SerializerOptions)!;
        json[flag] = true;
        await Site.ImportAsync(new JsonObject
        {
            ["name"] = "flag-" + typeId,
            ["steps"] = new JsonArray(new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray(json) }),
        }.ToJsonString());
    }

    private static JsonObject Js(string expression) => new() { ["Expression"] = expression };
}

public sealed class EngineBehaviourSqliteTests(SqliteSite fixture) : EngineBehaviourTests(fixture), IClassFixture<SqliteSite>;

public sealed class EngineBehaviourPostgresTests(PostgresSite fixture) : EngineBehaviourTests(fixture), IClassFixture<PostgresSite>;
