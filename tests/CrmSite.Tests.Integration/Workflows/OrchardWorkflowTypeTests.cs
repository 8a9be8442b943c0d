using System.Net;
using System.Net.Http.Json;
using CrmSite.Content.Recipes;
using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Model;

namespace CrmSite.Tests.Integration.Workflows;

/// <summary>Workflow types written by Orchard Core import through the <c>WorkflowType</c> step and run on content events.</summary>
public abstract class OrchardWorkflowTypeTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task OrchardNotifyOnPublishType_Imports_AndRunsWhenAnItemOfItsTypeIsPublished()
    {
        var typeId = WorkflowSites.NewTypeId();
        await Site.ImportAsync(NotifyOnPublish(typeId, "Page"));
        using var client = await Site.CreateApiClientAsync("Editor");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = $"<b>Workflow</b> page {suffix}";

        using var created = await client.PostAsJsonAsync("/api/content?draft=true", new { ContentType = "Page", TitlePart = new { Title = title } });
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["ContentItemId"]!.GetValue<string>();
        var beforePublish = await Site.InstancesAsync(typeId);
        using var published = await client.PostAsync($"/api/content/{id}/publish", null);
        var instances = await Site.InstancesAsync(typeId);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        Assert.Empty(beforePublish);
        var instance = Assert.Single(instances);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(id, instance.CorrelationId);
        Assert.Equal(["publishedEvent", "notify"], instance.State.ExecutedActivities.Select(a => a.ActivityId));
        var line = Assert.Single(instance.State.Journal);
        Assert.Equal("Success", line.Level);
        Assert.Equal($"The page '&lt;b&gt;Workflow&lt;/b&gt; page {suffix}' was published.", line.Text);
    }

    [SkippableFact]
    public async Task ContentTypeFilter_KeepsOtherTypesFromStartingIt()
    {
        var typeId = WorkflowSites.NewTypeId();
        await Site.ImportAsync(NotifyOnPublish(typeId, "NoSuchTypeHere"));
        using var client = await Site.CreateApiClientAsync("Editor");

        using var created = await client.PostAsJsonAsync("/api/content", new { ContentType = "Page", TitlePart = new { Title = "Not for this workflow" } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Empty(await Site.InstancesAsync(typeId));
    }

    [SkippableFact]
    public async Task WorkflowTypeStep_RefusesAnUnknownActivityAndABrokenTransition_NamingThem()
    {
        var recipe = NotifyOnPublish(WorkflowSites.NewTypeId(), "Page")
            .Replace("\"NotifyTask\"", "\"NoSuchTask\"", StringComparison.Ordinal)
            .Replace("\"DestinationActivityId\": \"notify\"", "\"DestinationActivityId\": \"nowhere\"", StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<RecipeException>(() => Site.ImportAsync(recipe));

        Assert.Contains("'WorkflowType'", error.Message, StringComparison.Ordinal);
        Assert.Contains("There is no activity named 'NoSuchTask'", error.Message, StringComparison.Ordinal);
        Assert.Contains("leads to 'nowhere'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A workflow type as Orchard Core exports it: a published event, a transition on Done, a notify task.</summary>
    internal static string NotifyOnPublish(string typeId, string contentType) => $$$"""
        {
          "name": "orchard-workflow",
          "steps": [
            {
              "name": "WorkflowType",
              "data": [
                {
                  "WorkflowTypeId": "{{{typeId}}}",
                  "Name": "Notify on publish",
                  "IsEnabled": true,
                  "IsSingleton": false,
                  "LockTimeout": 0,
                  "LockExpiration": 0,
                  "DeleteFinishedWorkflows": false,
                  "Activities": [
                    {
                      "ActivityId": "publishedEvent",
                      "Name": "ContentPublishedEvent",
                      "X": 20, "Y": 40, "IsStart": true,
                      "Properties": { "ActivityMetadata": { "Title": null }, "ContentTypeFilter": [ "{{{contentType}}}" ] }
                    },
                    {
                      "ActivityId": "notify",
                      "Name": "NotifyTask",
                      "X": 320, "Y": 40, "IsStart": false,
                      "Properties": {
                        "ActivityMetadata": { "Title": null },
                        "NotificationType": 0,
                        "Message": { "Expression": "The page '{{ Workflow.Input.ContentItem.DisplayText }}' was published." }
                      }
                    }
                  ],
                  "Transitions": [
                    { "Id": 0, "SourceActivityId": "publishedEvent", "SourceOutcomeName": "Done", "DestinationActivityId": "notify" }
                  ]
                }
              ]
            }
          ]
        }
        """;
}

public sealed class OrchardWorkflowTypeSqliteTests(SqliteSite fixture) : OrchardWorkflowTypeTests(fixture), IClassFixture<SqliteSite>;

public sealed class OrchardWorkflowTypePostgresTests(PostgresSite fixture) : OrchardWorkflowTypeTests(fixture), IClassFixture<PostgresSite>;
