using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Workflows.Activities;

/// <summary>Small recipes for activity tests: a content type of the test's own, and a workflow type in Orchard's JSON.</summary>
internal static class ActivityRecipes
{
    /// <summary>Defines a draftable type with a title and a path, so that no other test's workflow reacts to its items.</summary>
    public static async Task<string> DefineContentTypeAsync(this SiteFactory site)
    {
        var name = "WfNote" + Guid.NewGuid().ToString("N")[..8];
        await site.ImportAsync($$"""
            {
              "name": "content-type-{{name}}",
              "steps": [{
                "name": "ContentDefinition",
                "ContentTypes": [{
                  "Name": "{{name}}", "DisplayName": "{{name}}",
                  "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true, "Securable": false } },
                  "ContentTypePartDefinitionRecords": [
                    { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                    { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "ContentTypePartSettings": { "Position": "1" } } }
                  ]
                }],
                "ContentParts": []
              }]
            }
            """);
        return name;
    }

    /// <summary>Imports a workflow type whose first activity is its start, and returns its id.</summary>
    public static async Task<string> ImportWorkflowAsync(this SiteFactory site, (string Id, string Name, object Properties)[] activities,
        params (string From, string Outcome, string To)[] transitions)
    {
        var typeId = WorkflowSites.NewTypeId();
        var type = new JsonObject
        {
            ["WorkflowTypeId"] = typeId,
            ["Name"] = "Activity test " + typeId,
            ["IsEnabled"] = true,
            ["Activities"] = new JsonArray([.. activities.Select((a, i) => (JsonNode)new JsonObject
            {
                ["ActivityId"] = a.Id,
                ["Name"] = a.Name,
                ["X"] = i * 200,
                ["Y"] = 40,
                ["IsStart"] = i == 0,
                ["Properties"] = JsonSerializer.SerializeToNode(a.Properties),
            })]),
            ["Transitions"] = new JsonArray([.. transitions.Select(t => (JsonNode)new JsonObject
            {
                ["SourceActivityId"] = t.From,
                ["SourceOutcomeName"] = t.Outcome,
                ["DestinationActivityId"] = t.To,
            })]),
        };
        var recipe = new JsonObject { ["name"] = "workflow-" + typeId, ["steps"] = new JsonArray(new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray(type) }) };
        await site.ImportAsync(recipe.ToJsonString());
        return typeId;
    }

    /// <summary>Creates an item through the REST API (published unless <paramref name="draft"/>) and returns its id.</summary>
    public static async Task<string> CreateItemAsync(this HttpClient client, string contentType, string title, bool draft = false)
    {
        using var response = await client.PostAsJsonAsync($"/api/content?draft={(draft ? "true" : "false")}",
            new JsonObject { ["ContentType"] = contentType, ["TitlePart"] = new JsonObject { ["Title"] = title } });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!["ContentItemId"]!.GetValue<string>();
    }
}
