using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Model;

namespace CrmSite.Tests.Integration.Workflows.Activities;

/// <summary>
/// The control and data activities in one workflow: IfElseTask both ways, SetPropertyTask, ForkTask into two
/// branches, ScriptTask choosing an outcome, SetOutputTask, JoinTask waiting for both, CorrelateTask and LogTask.
/// </summary>
public abstract class ControlActivityTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Branches_RunAndJoin_WithScriptOutcomesPropertiesOutputsAndCorrelation()
    {
        var type = await Site.DefineContentTypeAsync();
        var typeId = await ImportAsync(type);
        using var client = await Site.CreateApiClientAsync("Administrator");

        var id = await client.CreateItemAsync(type, "A long title");
        var instance = Assert.Single(await Site.InstancesAsync(typeId));
        var executed = instance.State.ExecutedActivities;

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["True"], executed.Single(a => a.ActivityId == "ifElse").Outcomes);
        Assert.Equal(["A", "B"], executed.Single(a => a.ActivityId == "fork").Outcomes);
        Assert.Equal(["Long"], executed.Single(a => a.ActivityId == "script").Outcomes);
        Assert.Equal([[], ["Joined"]], executed.Where(a => a.ActivityId == "join").Select(a => a.Outcomes.ToArray()));
        Assert.Equal("A long title", instance.State.Properties["Title"]!.GetValue<string>());
        Assert.Equal("B", instance.State.Output["Branch"]!.GetValue<string>());
        Assert.Equal("item-" + id, instance.CorrelationId);
        Assert.Equal("Joined: A long title", Assert.Single(instance.State.Journal).Text);
        Assert.DoesNotContain(executed, a => a.ActivityId == "skipped");
    }

    [SkippableFact]
    public async Task IfElseTask_TakesFalse_AndScriptTask_TakesTheOtherOutcome()
    {
        var type = await Site.DefineContentTypeAsync();
        var typeId = await ImportAsync(type);
        using var client = await Site.CreateApiClientAsync("Administrator");

        await client.CreateItemAsync(type, "skip me");
        await client.CreateItemAsync(type, "Abc");
        var instances = await Site.InstancesAsync(typeId);

        Assert.Equal(2, instances.Count);
        Assert.True(instances[0].State.Output["Skipped"]!.GetValue<bool>());
        Assert.Equal(["False"], instances[0].State.ExecutedActivities.Single(a => a.ActivityId == "ifElse").Outcomes);
        Assert.Equal(["Short"], instances[1].State.ExecutedActivities.Single(a => a.ActivityId == "script").Outcomes);
        Assert.DoesNotContain(instances[1].State.ExecutedActivities, a => a.ActivityId == "log");
        Assert.Equal(WorkflowStatus.Finished, instances[1].Status);
    }

    private Task<string> ImportAsync(string type) => Site.ImportWorkflowAsync(
        [
            ("published", "ContentPublishedEvent", new { ContentTypeFilter = new[] { type } }),
            ("ifElse", "IfElseTask", new { Condition = Js("input('ContentItem').DisplayText !== 'skip me'") }),
            ("skipped", "SetOutputTask", new { OutputName = "Skipped", Value = Js("true") }),
            ("title", "SetPropertyTask", new { PropertyName = "Title", Value = Js("input('ContentItem').DisplayText") }),
            ("fork", "ForkTask", new { Forks = new[] { "A", "B" } }),
            ("script", "ScriptTask", new { AvailableOutcomes = new[] { "Long", "Short" }, Script = Js("setOutcome(property('Title').length > 5 ? 'Long' : 'Short'); 42") }),
            ("branch", "SetOutputTask", new { OutputName = "Branch", Value = Js("'B'") }),
            ("join", "JoinTask", new { Mode = "WaitAll" }),
            ("correlate", "CorrelateTask", new { Value = Js("'item-' + input('ContentItem').ContentItemId") }),
            ("log", "LogTask", new { LogLevel = "Information", Text = Js("Joined: {{ Workflow.Properties.Title }}") }),
        ],
        ("published", "Done", "ifElse"), ("ifElse", "False", "skipped"), ("ifElse", "True", "title"), ("title", "Done", "fork"),
        ("fork", "A", "script"), ("fork", "B", "branch"), ("script", "Long", "join"), ("branch", "Done", "join"),
        ("join", "Joined", "correlate"), ("correlate", "Done", "log"));

    private static JsonObject Js(string expression) => new() { ["Expression"] = expression };
}

public sealed class ControlActivitySqliteTests(SqliteSite fixture) : ControlActivityTests(fixture), IClassFixture<SqliteSite>;

public sealed class ControlActivityPostgresTests(PostgresSite fixture) : ControlActivityTests(fixture), IClassFixture<PostgresSite>;
