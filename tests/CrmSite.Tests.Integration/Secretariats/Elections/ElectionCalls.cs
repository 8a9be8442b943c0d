using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Store;
using CrmSite.Tests.Integration.GraphQL;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Secretariats.Elections;

/// <summary>Election officers, organisations and the election GraphQL calls, for the election workflow's tests.</summary>
internal static class ElectionCalls
{
    public const string Sindh = "chaptersindh";
    public const string Punjab = "chapterpunjab";
    public const string National = "chapternational";
    public const string Balochistan = "chapterbalochistan";

    public const string Submit = """
        mutation Submit($chapter: ID!, $org: ID!, $start: String!, $end: String!, $method: String!, $nominations: Int, $cast: Int, $for: Int, $source: String) {
          submitElectionResult(chapter: $chapter, electedOrganization: $org, termStart: $start, termEnd: $end, method: $method,
            nominations: $nominations, votesCast: $cast, votesForElected: $for, sourceUrl: $source) {
            workflowId status reasons electionResult { contentItemId contentItemVersionId published }
          }
        }
        """;

    public const string Tasks = "{ userTasks { workflowId activityId workflowType actions contentItemId } }";

    public const string Complete = """
        mutation Complete($workflowId: String!, $activityId: String!, $action: String!, $comment: String) {
          completeUserTask(workflowId: $workflowId, activityId: $activityId, action: $action, comment: $comment)
        }
        """;

    /// <summary>An election officer of <paramref name="chapter"/> with an email address, signed in for GraphQL writes.</summary>
    public static async Task<Officer> OfficerAsync(SiteFactory site, string chapter)
    {
        var name = "officer-" + Guid.NewGuid().ToString("N")[..8];
        string id;
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
            var user = new CrmUser { UserName = name, Email = name + "@example.org", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, CookieUsers.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, "ElectionOfficer")).Succeeded);
            Assert.True((await users.AddClaimAsync(user, new Claim("ChapterScope", chapter))).Succeeded);
            id = user.Id;
        }
        var client = site.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/account/login", new { userName = name, password = CookieUsers.Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        var token = await client.GetFromJsonAsync<JsonObject>("/api/account/antiforgery");
        client.DefaultRequestHeaders.Add(token!["headerName"]!.GetValue<string>(), token["token"]!.GetValue<string>());
        return new Officer(client, id, name + "@example.org");
    }

    /// <summary>A published organisation of <paramref name="chapter"/>; returns its id.</summary>
    public static async Task<string> OrganizationAsync(SiteFactory site, string chapter, string kind = "ngo", string membership = "member")
    {
        using var scope = site.Services.CreateScope();
        var item = new ContentItem("Organization");
        item.GetOrCreatePart("TitlePart")["Title"] = "Election test organisation " + Guid.NewGuid().ToString("N")[..6];
        var part = item.GetOrCreatePart("Organization");
        part["Kind"] = new JsonObject { ["Text"] = kind };
        part["Membership"] = new JsonObject { ["Text"] = membership };
        part["Chapters"] = new JsonObject { ["ContentItemIds"] = new JsonArray(chapter) };
        part["Source"] = new JsonObject { ["Url"] = "https://example.org/members", ["Text"] = "Members list" };
        var saved = await scope.ServiceProvider.GetRequiredService<ContentManager>().CreateAsync(item, publish: true);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Select(e => e.Message)));
        return saved.Item!.ContentItemId;
    }

    public static JsonObject Result(string chapter, string organization, string start, string end, string method = "elected-by-vote",
        int? nominations = 3, int? cast = 40, int? votesFor = 22) => new()
        {
            ["chapter"] = chapter,
            ["org"] = organization,
            ["start"] = start,
            ["end"] = end,
            ["method"] = method,
            ["nominations"] = nominations,
            ["cast"] = cast,
            ["for"] = votesFor,
            ["source"] = "https://example.org/general-body/minutes",
        };

    public static async Task<JsonObject> SubmitAsync(Officer officer, JsonObject result)
    {
        var (status, body) = await MutationRequests.PostAsync(officer.Client, Submit, result);
        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        return MutationRequests.Data(body, "submitElectionResult");
    }

    public static async Task<JsonArray> TasksAsync(Officer officer)
    {
        var (_, body) = await MutationRequests.PostAsync(officer.Client, Tasks);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["userTasks"]!.AsArray();
    }

    public static Task<(HttpStatusCode Status, JsonObject Body)> CompleteAsync(Officer officer, string workflowId, string action, string? comment = null) =>
        MutationRequests.PostAsync(officer.Client, Complete, new JsonObject
        {
            ["workflowId"] = workflowId,
            ["activityId"] = "approval",
            ["action"] = action,
            ["comment"] = comment,
        });
}

/// <summary>A signed-in election officer.</summary>
internal sealed record Officer(HttpClient Client, string UserId, string Email) : IDisposable
{
    public void Dispose() => Client.Dispose();
}
