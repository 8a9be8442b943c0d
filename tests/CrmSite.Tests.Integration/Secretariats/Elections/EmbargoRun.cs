using System.Net;
using System.Text.Json.Nodes;
using CrmSite.Content.Management;
using CrmSite.Tests.Integration.GraphQL;
using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Tests.Integration.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Secretariats.Elections;

/// <summary>
/// Runs embargo steps against a started site and checks, after each, the model's two invariants for the result it
/// touched: anonymous callers see (on REST and GraphQL) no version the model has not seen approved, and the audit
/// trail gained exactly the events the transition must leave. <see cref="SweepAsync"/> checks every result on REST
/// and the search index.
/// </summary>
internal sealed class EmbargoRun : IDisposable
{
    public static readonly string[] Chapters = [ElectionCalls.Sindh, ElectionCalls.Punjab, ElectionCalls.Balochistan, ElectionCalls.National];

    private readonly SiteFactory _site;
    private readonly HttpClient _anonymous;
    private readonly Dictionary<string, string> _organizations;
    private readonly string _outsider;

    private EmbargoRun(SiteFactory site, List<(Officer Officer, string Chapter)> officers, Dictionary<string, string> organizations, string outsider)
    {
        _site = site;
        _anonymous = site.CreateClient();
        Officers = officers;
        _organizations = organizations;
        _outsider = outsider;
    }

    public EmbargoModel Model { get; } = new();

    public IReadOnlyList<(Officer Officer, string Chapter)> Officers { get; }

    public Dictionary<string, int> Done { get; } = [];

    public static async Task<EmbargoRun> StartAsync(SiteFactory site)
    {
        var organizations = new Dictionary<string, string>();
        var officers = new List<(Officer, string)>();
        foreach (var chapter in Chapters)
        {
            organizations[chapter] = await ElectionCalls.OrganizationAsync(site, chapter);
            officers.Add((await ElectionCalls.OfficerAsync(site, chapter), chapter));
            officers.Add((await ElectionCalls.OfficerAsync(site, chapter), chapter));
        }
        // A member of one chapter only: elected by another chapter, the result is sent back.
        var outsider = await ElectionCalls.OrganizationAsync(site, ElectionCalls.Punjab);
        return new EmbargoRun(site, officers, organizations, outsider);
    }

    /// <summary>Runs <paramref name="step"/>; null when every invariant holds afterwards, otherwise what broke.</summary>
    public async Task<string?> StepAsync(EmbargoStep step)
    {
        var (officer, officerChapter) = Officers[step.Officer];
        if (step.Action == EmbargoAction.Submit || Model.Results.Count == 0)
        {
            return await SubmitAsync(officer, officerChapter, Chapters[step.Chapter], step.Variant);
        }
        var result = Model.Results[step.Result % Model.Results.Count];
        var before = await AuditAsync(result.ContentItemId);
        var failure = step.Action == EmbargoAction.Edit
            ? await EditAsync(officer, result, step.Variant, before)
            : await DecideAsync(officer, officerChapter, result, step.Action, before);
        return failure ?? await VisibleAsync(result);
    }

    private async Task<string?> SubmitAsync(Officer officer, string officerChapter, string chapter, int variant)
    {
        var start = Model.TakeStart(chapter);
        var end = start.AddMonths(chapter == ElectionCalls.National ? 12 : 24).AddDays(-1);
        var values = ElectionCalls.Result(chapter, variant == 0 ? _outsider : _organizations[chapter], $"{start:yyyy-MM-dd}", $"{end:yyyy-MM-dd}",
            nominations: variant == 1 ? 1 : 3);
        var (_, body) = await MutationRequests.PostAsync(officer.Client, ElectionCalls.Submit, values);
        if (officerChapter != chapter)
        {
            return Code(body) == "ACCESS_DENIED" ? null : $"an officer of {officerChapter} submitted for {chapter}: {body.ToJsonString()}";
        }
        if (body["errors"] is not null)
        {
            return $"a valid submission failed: {body.ToJsonString()}";
        }
        var submitted = body["data"]!["submitElectionResult"]!;
        var result = new ModelResult(submitted["electionResult"]!["contentItemId"]!.GetValue<string>(), chapter, officer.UserId);
        Model.Results.Add(result);
        Count(submitted["status"]!.GetValue<string>());
        var audit = await AuditAsync(result.ContentItemId);
        return !audit.Contains("Created") || !(audit.Contains("ElectionResultValidated") || audit.Contains("ElectionResultRefused"))
            ? $"submission {result.ContentItemId} is not in the audit trail: {string.Join(", ", audit)}"
            : await VisibleAsync(result);
    }

    private async Task<string?> EditAsync(Officer officer, ModelResult result, int variant, List<string> before)
    {
        var item = await MutationRequests.StoredAsync(_site, result.ContentItemId, VersionOptions.Latest);
        var part = item!.Part("ElectionResult")!;
        part["VotesCast"] = new JsonObject { ["Value"] = 40 + variant };
        part["Nominations"] = new JsonObject { ["Value"] = variant == 0 ? 1 : 3 };
        var (_, body) = await MutationRequests.PostAsync(officer.Client, "mutation Save($item: String!) { saveDraft(contentItem: $item) { contentItemId } }",
            new JsonObject { ["item"] = item.ToJson() });
        var after = await AuditAsync(result.ContentItemId);
        if (officer.UserId != result.Owner)
        {
            return body["errors"] is null ? $"{officer.UserId} edited {result.ContentItemId}, owned by {result.Owner}" : Unchanged(before, after);
        }
        Count("Edited");
        return body["errors"] is not null ? $"the owner's edit failed: {body.ToJsonString()}"
            : after.Count(e => e == "Updated") == before.Count(e => e == "Updated") + 1 ? null : "an edit is not in the audit trail";
    }

    private async Task<string?> DecideAsync(Officer officer, string officerChapter, ModelResult result, EmbargoAction action, List<string> before)
    {
        var instance = await WorkflowInstances.LatestForAsync(_site, result.ContentItemId);
        var waiting = instance?.BlockingActivities.Any(b => b.Name == "UserTaskEvent") == true;
        var validated = instance?.State.Properties["ValidatedVersionId"]?.GetValue<string>();
        var allowed = officerChapter == result.Chapter && officer.UserId != result.Owner;
        var (name, comment) = action switch
        {
            EmbargoAction.Approve => ("Approve", null),
            EmbargoAction.Reject => ("Reject", "Not signed by the commission."),
            _ => ("Reject", (string?)null),
        };
        var (_, body) = await ElectionCalls.CompleteAsync(officer, instance?.WorkflowId ?? "none", name, comment);
        var after = await AuditAsync(result.ContentItemId);
        var expected = !waiting || officerChapter != result.Chapter ? "NOT_FOUND"
            : !allowed ? "ACCESS_DENIED"
            : comment is null && name == "Reject" ? "INVALID"
            : null;
        if (expected is not null)
        {
            return Code(body) == expected ? Unchanged(before, after) : $"expected {expected} for {name} by {officer.UserId}: {body.ToJsonString()}";
        }
        if (body["errors"] is not null)
        {
            return $"an allowed {name} failed: {body.ToJsonString()}";
        }
        var now = await WorkflowInstances.LatestForAsync(_site, result.ContentItemId);
        if (now!.State.Properties["Decision"]?.GetValue<string>() is "Approved" && validated is not null)
        {
            result.ApprovedVersions.Add(validated);
        }
        Count((name == "Approve" ? "Approved" : "Rejected") + (now.Status.ToString() == "Finished" ? "" : " and checked again"));
        var decisions = after.Count(e => e == "WorkflowUserTaskCompleted") - before.Count(e => e == "WorkflowUserTaskCompleted");
        return decisions == 1 ? null : $"a decision left {decisions} audit records";
    }

    /// <summary>Null when anonymous callers see no version of <paramref name="result"/> the model has not seen approved.</summary>
    public async Task<string?> VisibleAsync(ModelResult result)
    {
        using var rest = await _anonymous.GetAsync($"/api/content/{result.ContentItemId}");
        if (rest.StatusCode == HttpStatusCode.OK)
        {
            var version = JsonNode.Parse(await rest.Content.ReadAsStringAsync())!["ContentItemVersionId"]!.GetValue<string>();
            if (!result.ApprovedVersions.Contains(version))
            {
                return $"REST shows version {version} of {result.ContentItemId}, which was never approved";
            }
        }
        else if (rest.StatusCode != HttpStatusCode.NotFound)
        {
            return $"REST answered {(int)rest.StatusCode} for {result.ContentItemId}";
        }
        var query = "{ electionResult(where: {contentItemId: \"" + result.ContentItemId + "\"}) { contentItemVersionId } }";
        var (_, body) = await MutationRequests.PostAsync(_anonymous, query);
        var seen = body["data"]?["electionResult"]?.AsArray().Select(v => v!["contentItemVersionId"]!.GetValue<string>()).ToList();
        return seen is null ? $"GraphQL failed: {body.ToJsonString()}"
            : seen.FirstOrDefault(v => !result.ApprovedVersions.Contains(v)) is { } unapproved
                ? $"GraphQL shows version {unapproved} of {result.ContentItemId}, which was never approved"
                : null;
    }

    /// <summary>Every result on REST, and every election result in the search index once it has caught up.</summary>
    public async Task<string?> SweepAsync()
    {
        foreach (var result in Model.Results)
        {
            if (await VisibleAsync(result) is { } failure)
            {
                return failure;
            }
        }
        using (var scope = _site.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CrmSite.Search.Indexing.IndexSynchronizer>().SyncAsync(CancellationToken.None);
        }
        var approved = Model.Results.SelectMany(r => r.ApprovedVersions).ToHashSet(StringComparer.Ordinal);
        for (var from = 0; ; from += 1000)
        {
            var hits = (await LuceneQueries.QueryAsync(_anonymous, "search",
                "{\"query\":{\"term\":{\"Content.ContentItem.ContentType\":\"ElectionResult\"}},\"from\":" + from + ",\"size\":1000}",
                "/api/lucene/documents"))["items"]!.AsArray();
            if (hits.Select(d => d!["ContentItemVersionId"]!.GetValue<string>()).FirstOrDefault(v => !approved.Contains(v)) is { } leaked)
            {
                return $"search finds version {leaked}, which was never approved";
            }
            if (hits.Count < 1000)
            {
                return null;
            }
        }
    }

    public void Dispose()
    {
        _anonymous.Dispose();
        foreach (var (officer, _) in Officers)
        {
            officer.Dispose();
        }
    }

    private Task<List<string>> AuditAsync(string contentItemId) =>
        _site.WithStoreAsync(db => db.AuditEvents.Where(a => a.ContentItemId == contentItemId).OrderBy(a => a.Id).Select(a => a.EventName).ToListAsync());

    private void Count(string what) => Done[what] = Done.GetValueOrDefault(what) + 1;

    private static string? Unchanged(List<string> before, List<string> after) =>
        after.Count == before.Count ? null : $"a refused step left audit records: {string.Join(", ", after.Skip(before.Count))}";

    private static string? Code(JsonObject body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
}
