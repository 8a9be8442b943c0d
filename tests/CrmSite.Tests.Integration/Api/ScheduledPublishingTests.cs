using System.Net;
using System.Text.Json.Nodes;
using CrmSite.Content.Scheduling;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Api;

public abstract class ScheduledPublishingTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task PublishDue_PublishesDraftsWhoseTimeHasCome_AndLeavesFutureOnes()
    {
        await DefineAsync();
        using var api = await Site.CreateApiClientAsync("Editor");
        var due = await Save(api, "Due", DateTime.UtcNow.AddMinutes(-1));
        var future = await Save(api, "Future", DateTime.UtcNow.AddDays(1));
        using var anonymous = Site.CreateClient();

        var published = await Site.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync(CancellationToken.None);
        using var dueResponse = await anonymous.GetAsync($"/api/content/{due}");
        using var futureResponse = await anonymous.GetAsync($"/api/content/{future}");

        Assert.True(published >= 1);
        Assert.Equal(HttpStatusCode.OK, dueResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, futureResponse.StatusCode);
        var live = JsonNode.Parse(await dueResponse.Content.ReadAsStringAsync())!;
        Assert.Null(live["PublishLaterPart"]!["ScheduledPublishUtc"]);
    }

    [SkippableFact]
    public async Task Schedule_NeedsPublishPermission()
    {
        await DefineAsync();
        using var contributor = await Site.CreateApiClientAsync("Contributor");
        var item = Announcement("Sneaky", DateTime.UtcNow.AddMinutes(-1));

        using var response = await Pages.PostAsync(contributor, item, draft: true);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<CrmSite.Content.Recipes.RecipeResult> DefineAsync() => Site.ImportAsync("""
        { "name": "announcements", "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Announcement",
          "Settings": { "ContentTypeSettings": { "Draftable": true } },
          "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" },
                                                { "PartName": "PublishLaterPart", "Name": "PublishLaterPart" } ] } ] } ] }
        """);

    private static JsonObject Announcement(string title, DateTime when) => new()
    {
        ["ContentType"] = "Announcement",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["PublishLaterPart"] = new JsonObject { ["ScheduledPublishUtc"] = when.ToString("O") },
    };

    private static async Task<string> Save(HttpClient api, string title, DateTime when)
    {
        using var response = await Pages.PostAsync(api, Announcement(title, when), draft: true);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Pages.Id(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}

public sealed class ScheduledPublishingSqliteTests(SqliteSite fixture) : ScheduledPublishingTests(fixture), IClassFixture<SqliteSite>;

public sealed class ScheduledPublishingPostgresTests(PostgresSite fixture) : ScheduledPublishingTests(fixture), IClassFixture<PostgresSite>;
