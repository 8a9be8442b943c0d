using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Recipes;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CrmSite.Tests.Integration.Search.SavedQueryCalls;

namespace CrmSite.Tests.Integration.Search;

/// <summary>Saved queries (Orchard's Queries): the recipe step, parameters, permissions, visibility, errors and time limits.</summary>
public abstract class SavedQueryTests(SiteFixture fixture)
{
    private const string ByType = """{ "query": { "term": { "Content.ContentItem.ContentType": "{{ type | default: 'FactSheet' }}" } }, "size": {{ size | default: 10 }} }""";

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task QueriesStep_StoresBothShapesAndReplacesByName_WhenImportedTwice()
    {
        var newer = new JsonObject
        {
            ["Source"] = "Lucene", ["Name"] = "FactSheetDocuments", ["ReturnContentItems"] = false,
            ["Properties"] = new JsonObject { ["LuceneQueryMetadata"] = new JsonObject { ["Index"] = "search", ["Template"] = ByType } },
        };
        var sql = new JsonObject { ["Source"] = "Sql", ["Name"] = "AllItems", ["Template"] = "select * from ContentItemIndex" };
        using var runner = await CreateRunnerAsync(Site);

        var imported = await Site.ImportAsync(Recipe(LuceneQuery("RecentFactSheets", "search", ByType), newer, sql));
        var items = await UntilAsync(runner, "RecentFactSheets", [], r => r["count"]!.GetValue<int>() > 2);
        var documents = await RunAsync(runner, "FactSheetDocuments", new JsonObject { ["size"] = 2 });
        await Site.ImportAsync(Recipe(LuceneQuery("RecentFactSheets", "search", ByType.Replace("default: 10", "default: 1", StringComparison.Ordinal))));
        var replaced = await RunAsync(runner, "RecentFactSheets");
        var stored = await Site.WithStoreAsync(db => db.Documents.Where(d => d.Name == "Queries").Select(d => d.Content).SingleAsync());

        Assert.Contains(imported.Warnings, w => w.Contains("'AllItems'", StringComparison.Ordinal));
        Assert.All(items["items"]!.AsArray(), i => Assert.Equal("FactSheet", i!["ContentType"]!.GetValue<string>()));
        Assert.Equal(2, documents["items"]!.AsArray().Count);
        Assert.All(documents["items"]!.AsArray(), d => Assert.NotNull(d!["ContentItemId"]));
        Assert.Single(replaced["items"]!.AsArray());
        Assert.Single(JsonNode.Parse(stored)!["Queries"]!.AsArray(), q => q!["Name"]!.GetValue<string>() == "RecentFactSheets");
    }

    [SkippableFact]
    public async Task Execute_SubstitutesParametersAndKeepsStringsInsideQuotes_WhenTheyHoldQuotesOrBackslashes()
    {
        using var runner = await CreateRunnerAsync(Site);
        await Site.ImportAsync(Recipe(LuceneQuery("ByType", "search", ByType)));

        var two = await UntilAsync(runner, "ByType", new JsonObject { ["type"] = "LegalMilestone", ["size"] = 2 }, r => r["items"]!.AsArray().Count == 2);
        var escaped = await RunAsync(runner, "ByType", new JsonObject { ["type"] = "LegalMilestone\" } }, \"size\": 1000, \"x\": { \"y\": \"" });
        var backslash = await RunAsync(runner, "ByType", new JsonObject { ["type"] = "LegalMilestone\\" });

        Assert.All(two["items"]!.AsArray(), i => Assert.Equal("LegalMilestone", i!["ContentType"]!.GetValue<string>()));
        Assert.True(two["count"]!.GetValue<int>() > 2);
        Assert.Equal(0, escaped["count"]!.GetValue<int>());
        Assert.Equal(0, backslash["count"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Execute_GivesAnonymousCallersOnlyPublishedItems_WhenGrantedTheQuery()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        using var anonymous = Site.CreateClient();
        var word = "marker" + Guid.NewGuid().ToString("N")[..8];
        var published = Pages.Id(await Pages.CreateAsync(editor, "Published " + word));
        var draft = Pages.Id(await Pages.CreateAsync(editor, "Draft " + word, draft: true));
        var byWord = """{ "query": { "match": { "Content.ContentItem.FullText": "{{ word }}" } } }""";
        await Site.ImportAsync(Recipe(LuceneQuery("PublicWords", "search", byWord), LuceneQuery("DraftWords", "latest", byWord)));
        var parameters = new JsonObject { ["word"] = word };

        using var before = await PostAsync(anonymous, "PublicWords", parameters);
        await Site.ImportAsync(Grant("Anonymous", "ExecuteApi_PublicWords", "ExecuteApi_DraftWords"));
        var found = await UntilAsync(anonymous, "PublicWords", parameters, r => r["count"]!.GetValue<int>() > 0);
        using var latest = await PostAsync(anonymous, "DraftWords", parameters);
        using var notGranted = await PostAsync(anonymous, "RecentFactSheets", parameters);

        Assert.Equal(HttpStatusCode.Unauthorized, before.StatusCode);
        Assert.Equal([published], LuceneQueries.Ids(found));
        Assert.DoesNotContain(draft, LuceneQueries.Ids(found));
        Assert.Equal(HttpStatusCode.Unauthorized, latest.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notGranted.StatusCode);
    }

    [SkippableFact]
    public async Task Execute_Returns404_WhenTheQueryIsUnknown()
    {
        using var runner = await CreateRunnerAsync(Site);

        using var response = await PostAsync(runner, "NoSuchQuery");

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(body!["errors"]!["name"]);
    }

    [SkippableTheory]
    [InlineData("""{ "size": {{ 10 | divided_by: d }} }""", """{ "d": 0 }""", "parameters")]
    [InlineData("""{ "size": {{ size }} }""", """{ "size": "1, \"from\": 2" }""", "query")]
    [InlineData("""{ "query": { "nonsense": {} } }""", "{}", "query.query.nonsense")]
    [InlineData("""{ "size": 1 }""", "[1]", "parameters")]
    public async Task Execute_Returns400NamingTheMember_WhenTheTemplateOrParametersAreWrong(string template, string parameters, string member)
    {
        var name = "Bad" + Guid.NewGuid().ToString("N")[..8];
        using var runner = await CreateRunnerAsync(Site);
        await Site.ImportAsync(Recipe(LuceneQuery(name, "search", template)));

        using var response = await runner.GetAsync($"/api/queries/{name}?parameters={Uri.EscapeDataString(parameters)}");

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body!["errors"]![member] is not null, $"no error for {member}: {body}");
    }

    [SkippableFact]
    public async Task QueriesStep_FailsNamingTheQuery_WhenTheTemplateIsNotLiquid()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => Site.ImportAsync(Recipe(LuceneQuery("BrokenLiquid", "search", "{% if %}"))));

        Assert.Contains("'Queries'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'BrokenLiquid'", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Execute_AnswersTheHitsFoundSoFar_WhenTheSearchRunsOutOfTime()
    {
        using var runner = await CreateRunnerAsync(Site);
        await Site.ImportAsync(Recipe(LuceneQuery("SlowFactSheets", "search", ByType)));
        using var node = TimeoutNode.Start(Site);
        using var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = runner.DefaultRequestHeaders.Authorization;

        var result = await UntilAsync(client, "SlowFactSheets", [], r => r["timedOut"] is not null, seconds: 60);

        Assert.True(result["timedOut"]!.GetValue<bool>());
        Assert.Equal(TimeoutNode.HitsBeforeTimeout, result["items"]!.AsArray().Count);
    }
}

public sealed class SavedQuerySqliteTests(SqliteSite fixture) : SavedQueryTests(fixture), IClassFixture<SqliteSite>;

public sealed class SavedQueryPostgresTests(PostgresSite fixture) : SavedQueryTests(fixture), IClassFixture<PostgresSite>;
