using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Workflows.Timers;

/// <summary>Workflow types with timers, imported through the <c>WorkflowType</c> recipe step as Orchard writes them.</summary>
internal static class TimerTypes
{
    /// <summary>A type started by a timer on <paramref name="cron"/>, followed by <paramref name="then"/> when given.</summary>
    public static async Task<string> ImportStartingAsync(SiteFactory site, string cron, bool enabled = true, JsonObject? then = null,
        string? typeId = null)
    {
        typeId ??= WorkflowSites.NewTypeId();
        var activities = new JsonArray { Activity("start", "TimerEvent", true, new JsonObject { ["CronExpression"] = cron }) };
        var transitions = new JsonArray();
        if (then is not null)
        {
            activities.Add(then);
            transitions.Add(Transition("start", then["ActivityId"]!.GetValue<string>()));
        }
        await ImportAsync(site, typeId, enabled, activities, transitions);
        return typeId;
    }

    /// <summary>A type whose instances wait on a timer on <paramref name="cron"/> (its start timer runs once a year).</summary>
    public static async Task<string> ImportWaitingAsync(SiteFactory site, string cron)
    {
        var typeId = WorkflowSites.NewTypeId();
        await ImportAsync(site, typeId, true,
            [
                Activity("start", "TimerEvent", true, new JsonObject { ["CronExpression"] = "0 0 1 1 *" }),
                Activity("wait", "TimerEvent", false, new JsonObject { ["CronExpression"] = cron }),
            ],
            [Transition("start", "wait")]);
        return typeId;
    }

    /// <summary>Starts an instance of <paramref name="typeId"/> now, as its start timer would.</summary>
    public static async Task<WorkflowInstance> StartAsync(SiteFactory site, string typeId)
    {
        using var scope = site.Services.CreateScope();
        var type = (await scope.ServiceProvider.GetRequiredService<WorkflowTypeStore>().GetAsync(typeId, CancellationToken.None))!;
        var instance = await scope.ServiceProvider.GetRequiredService<WorkflowManager>()
            .StartAsync(type, type.Activity("start")!, [], null, CancellationToken.None);
        return instance!;
    }

    public static JsonObject Activity(string id, string name, bool isStart, JsonObject properties) => new()
    {
        ["ActivityId"] = id, ["Name"] = name, ["X"] = 0, ["Y"] = 0, ["IsStart"] = isStart, ["Properties"] = properties,
    };

    private static JsonObject Transition(string from, string to) => new()
    {
        ["SourceActivityId"] = from, ["SourceOutcomeName"] = "Done", ["DestinationActivityId"] = to,
    };

    private static Task<CrmSite.Content.Recipes.RecipeResult> ImportAsync(SiteFactory site, string typeId, bool enabled, JsonArray activities, JsonArray transitions) =>
        site.ImportAsync(new JsonObject
        {
            ["name"] = "timer-workflow",
            ["steps"] = new JsonArray
            {
                new JsonObject
                {
                    ["name"] = "WorkflowType",
                    ["data"] = new JsonArray
                    {
                        new JsonObject
                        {
                            ["WorkflowTypeId"] = typeId, ["Name"] = "Timer " + typeId, ["IsEnabled"] = enabled,
                            ["IsSingleton"] = false, ["DeleteFinishedWorkflows"] = false,
                            ["Activities"] = activities, ["Transitions"] = transitions,
                        },
                    },
                },
            },
        }.ToJsonString());
}
