using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Model;

namespace CrmSite.Tests.Integration.Workflows.Activities;

/// <summary>Each of Orchard's six content events starts its workflow on the change it names, correlated on the item.</summary>
public abstract class ContentEventTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task EachContentEvent_StartsItsWorkflow_OnTheChangeItNames()
    {
        var type = await Site.DefineContentTypeAsync();
        string[] events = ["ContentCreatedEvent", "ContentUpdatedEvent", "ContentDraftSavedEvent", "ContentPublishedEvent", "ContentUnpublishedEvent", "ContentDeletedEvent"];
        var types = new Dictionary<string, string>();
        foreach (var name in events)
        {
            types[name] = await Site.ImportWorkflowAsync(
                [("event", name, new { ContentTypeFilter = new[] { type } }), ("log", "LogTask", new { Text = new { Expression = name + " {{ ContentItem.DisplayText }}" } })],
                ("event", "Done", "log"));
        }
        using var client = await Site.CreateApiClientAsync("Administrator");

        var id = await client.CreateItemAsync(type, "Draft one", draft: true);
        using (var update = await client.PostAsync("/api/content?draft=true", Json($$$"""{"ContentItemId":"{{{id}}}","ContentType":"{{{type}}}","TitlePart":{"Title":"Draft two"}}""")))
        {
            Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());
        }
        (await client.PostAsync($"/api/content/{id}/publish", null)).EnsureSuccessStatusCode();
        (await client.PostAsync($"/api/content/{id}/unpublish", null)).EnsureSuccessStatusCode();
        (await client.DeleteAsync($"/api/content/{id}")).EnsureSuccessStatusCode();
        var runs = new Dictionary<string, string[]>();
        foreach (var (name, typeId) in types)
        {
            runs[name] = [.. (await Site.InstancesAsync(typeId)).Where(i => i.CorrelationId == id && i.Status == WorkflowStatus.Finished)
                .Select(i => Assert.Single(i.State.Journal).Text)];
        }

        Assert.Equal(["ContentCreatedEvent Draft one"], runs["ContentCreatedEvent"]);
        Assert.Equal(["ContentUpdatedEvent Draft two"], runs["ContentUpdatedEvent"]);
        Assert.Equal(["ContentDraftSavedEvent Draft one", "ContentDraftSavedEvent Draft two"], runs["ContentDraftSavedEvent"]);
        Assert.Equal(["ContentPublishedEvent Draft two"], runs["ContentPublishedEvent"]);
        Assert.Equal(["ContentUnpublishedEvent Draft two"], runs["ContentUnpublishedEvent"]);
        Assert.Equal(["ContentDeletedEvent Draft two"], runs["ContentDeletedEvent"]);
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}

public sealed class ContentEventSqliteTests(SqliteSite fixture) : ContentEventTests(fixture), IClassFixture<SqliteSite>;

public sealed class ContentEventPostgresTests(PostgresSite fixture) : ContentEventTests(fixture), IClassFixture<PostgresSite>;
