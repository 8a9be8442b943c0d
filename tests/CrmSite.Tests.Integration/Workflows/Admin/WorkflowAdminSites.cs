using System.Net;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Admin;
using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Workflows.Admin;

/// <summary>Workflow types and instances made for the admin pages' tests, and the pages' forms submitted as a browser does.</summary>
internal static class WorkflowAdminSites
{
    /// <summary>
    /// A type that starts on a created Page, runs <paramref name="script"/> and then logs. Disabled, so that the pages
    /// other tests create do not start it: tests start it by hand.
    /// </summary>
    public static JsonObject ScriptType(string typeId, string name, string script) => Type(typeId, name,
        [
            Activity("created", "ContentCreatedEvent", 0, 0, true, new JsonObject { ["ContentTypeFilter"] = new JsonArray("Page") }),
            Activity("script", "ScriptTask", 260, 0, false, new JsonObject { ["Script"] = new JsonObject { ["Expression"] = script } }),
            Activity("log", "LogTask", 520, 0, false, new JsonObject { ["Text"] = new JsonObject { ["Expression"] = "ran" } }),
        ],
        [("created", "Done", "script"), ("script", "Done", "log")]);

    /// <summary>A type whose user task (Approve/Reject, for Editors, never the submitter) waits after a created Page.</summary>
    public static JsonObject ApprovalType(string typeId, string name) => Type(typeId, name,
        [
            Activity("created", "ContentCreatedEvent", 0, 0, true, new JsonObject { ["ContentTypeFilter"] = new JsonArray("Page") }),
            Activity("approval", "UserTaskEvent", 260, 0, false, new JsonObject
            {
                ["ActivityMetadata"] = new JsonObject { ["Title"] = "Approve the page" },
                ["Actions"] = new JsonArray("Approve", "Reject"),
                ["Roles"] = new JsonArray("Editor"),
                ["ExcludeSubmitter"] = true,
            }),
            Activity("approved", "LogTask", 520, -80, false, new JsonObject { ["Text"] = new JsonObject { ["Expression"] = "approved" } }),
            Activity("rejected", "LogTask", 520, 80, false, new JsonObject { ["Text"] = new JsonObject { ["Expression"] = "rejected" } }),
        ],
        [("created", "Done", "approval"), ("approval", "Approve", "approved"), ("approval", "Reject", "rejected")]);

    public static JsonObject Type(string typeId, string name, JsonObject[] activities, (string From, string Outcome, string To)[] transitions) => new()
    {
        ["WorkflowTypeId"] = typeId,
        ["Name"] = name,
        ["IsEnabled"] = false,
        ["IsSingleton"] = false,
        ["DeleteFinishedWorkflows"] = false,
        ["Activities"] = new JsonArray([.. activities]),
        ["Transitions"] = new JsonArray([.. transitions.Select(t => (JsonNode)new JsonObject
        {
            ["SourceActivityId"] = t.From,
            ["SourceOutcomeName"] = t.Outcome,
            ["DestinationActivityId"] = t.To,
        })]),
    };

    public static JsonObject Activity(string id, string name, int x, int y, bool isStart, JsonObject properties) => new()
    {
        ["ActivityId"] = id,
        ["Name"] = name,
        ["X"] = x,
        ["Y"] = y,
        ["IsStart"] = isStart,
        ["Properties"] = properties,
    };

    /// <summary>A recipe with one WorkflowType step holding <paramref name="types"/>.</summary>
    public static string Recipe(params JsonObject[] types) => new JsonObject
    {
        ["name"] = "workflow-admin-test",
        ["steps"] = new JsonArray(new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray([.. types]) }),
    }.ToJsonString();

    /// <summary>Starts the imported type at its start activity for a Page, as <paramref name="userId"/> would by creating it.</summary>
    public static async Task<WorkflowInstance> StartAsync(SiteFactory site, string typeId, string? userId = null, string? pageId = null)
    {
        using var scope = site.Services.CreateScope();
        var type = (await scope.ServiceProvider.GetRequiredService<WorkflowTypeStore>().GetAsync(typeId, CancellationToken.None))!;
        var input = new JsonObject
        {
            ["ContentItem"] = new JsonObject { ["ContentItemId"] = pageId ?? "nopage", ["ContentType"] = "Page" },
            ["UserId"] = userId,
        };
        var instance = await scope.ServiceProvider.GetRequiredService<WorkflowManager>()
            .StartAsync(type, type.Activities.Single(a => a.IsStart), input, pageId, CancellationToken.None);
        return Assert.IsType<WorkflowInstance>(instance);
    }

    public static async Task<WorkflowInstance?> InstanceAsync(SiteFactory site, string workflowId)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowInstanceStore>().GetAsync(workflowId, CancellationToken.None);
    }

    public static async Task<WorkflowType?> StoredTypeAsync(SiteFactory site, string typeId)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowTypeStore>().GetAsync(typeId, CancellationToken.None);
    }

    /// <summary>The edit, instances and instance pages of a new type whose one instance faulted (for checks of every page).</summary>
    public static async Task<string[]> PagesOfAFaultedInstanceAsync(SiteFactory site)
    {
        var typeId = WorkflowSites.NewTypeId();
        await site.ImportAsync(Recipe(ScriptType(typeId, "Faulty " + typeId[..6], "throw new Error('boom')")));
        var instance = await StartAsync(site, typeId);
        return [$"/admin/workflows/{typeId}", $"/admin/workflows/{typeId}/instances", $"/admin/workflows/instances/{instance.WorkflowId}"];
    }

    /// <summary>Loads <paramref name="path"/>, fills the form matching <paramref name="selector"/> and submits it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string path, string selector, Action<EditorForm> fill)
    {
        using var page = await browser.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)page.StatusCode}\n{html}");
        var form = EditorForm.Parse(html, path, selector);
        fill(form);
        return await form.SubmitAsync(browser);
    }
}
